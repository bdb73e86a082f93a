// Helpers shared by the test binaries (header-only).
#ifndef PARALLAX_TESTS_TEST_UTIL_H_
#define PARALLAX_TESTS_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace parallax::testing_util {

// gzip-compresses `in` in one member, as `gzip` would.
inline std::string GzipBytes(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A fresh empty directory under the system temp dir, removed on destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("parallax_" + name + "_" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The whole content of a file ("" when it cannot be read).
inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// What a command did: its exit code (-1 when it did not exit normally) and
// everything it wrote to stdout and stderr.
struct CmdResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` through the shell, capturing stdout and stderr.
inline CmdResult RunShell(const std::string& command) {
  static int counter = 0;
  const std::filesystem::path base = std::filesystem::temp_directory_path() /
                                     ("parallax_cmd_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
  const std::string out = base.string() + ".out", err = base.string() + ".err";
  const int status = std::system((command + " >" + out + " 2>" + err).c_str());
  CmdResult r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

#ifdef PARALLAX_BINARY
// Runs the parallax binary under test with `args` (shell syntax).
inline CmdResult RunParallax(const std::string& args) { return RunShell(std::string(PARALLAX_BINARY) + " " + args); }
#endif

}  // namespace parallax::testing_util

#endif  // PARALLAX_TESTS_TEST_UTIL_H_
