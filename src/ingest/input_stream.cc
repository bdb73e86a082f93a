#include "ingest/input_stream.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace parallax::ingest {

namespace {

// Raw bytes from a FILE* (a file or stdin).
class FileSource {
 public:
  FileSource(FILE* f, bool owned) : f_(f), owned_(owned) {}
  ~FileSource() {
    if (owned_ && f_) std::fclose(f_);
  }
  Result<size_t> Read(char* buf, size_t n, const std::string& name) {
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) return Status::IOError(name + ": read failed: " + std::strerror(errno));
    return got;
  }

 private:
  FILE* f_;
  bool owned_;
};

// A stream over a byte source that may start with gzip magic. Pending bytes
// that were peeked for detection are replayed first.
class SniffingStream : public InputStream {
 public:
  SniffingStream(std::unique_ptr<FileSource> file, std::string mem, std::string name)
      : file_(std::move(file)), name_(std::move(name)), mem_(std::move(mem)) {}
  ~SniffingStream() override {
    if (gzip_) inflateEnd(&zs_);
  }

  Status Init() {
    // Peek at the first two bytes to detect gzip.
    std::string head;
    while (head.size() < 2) {
      char c[2];
      auto r = RawRead(c, 2 - head.size());
      if (!r.ok()) return r.status();
      if (*r == 0) break;
      head.append(c, *r);
    }
    pending_ = head;
    if (head.size() == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
        static_cast<unsigned char>(head[1]) == 0x8b) {
      gzip_ = true;
      std::memset(&zs_, 0, sizeof(zs_));
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) return Status::Internal(name_ + ": inflateInit failed");
    }
    return Status::OK();
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!gzip_) return PlainRead(buf, n);
    return GzipRead(buf, n);
  }
  const std::string& name() const override { return name_; }
  bool compressed() const override { return gzip_; }

 private:
  Result<size_t> RawRead(char* buf, size_t n) {
    if (file_) return file_->Read(buf, n, name_);
    size_t k = std::min(n, mem_.size() - mem_pos_);
    std::memcpy(buf, mem_.data() + mem_pos_, k);
    mem_pos_ += k;
    return k;
  }

  Result<size_t> PlainRead(char* buf, size_t n) {
    if (!pending_.empty()) {
      size_t k = std::min(n, pending_.size());
      std::memcpy(buf, pending_.data(), k);
      pending_.erase(0, k);
      return k;
    }
    return RawRead(buf, n);
  }

  // Inflates, restarting on concatenated members (WARC.gz stores one member
  // per record). A stream that ends inside a member is truncated.
  Result<size_t> GzipRead(char* buf, size_t n) {
    if (done_ || n == 0) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(n);
    while (zs_.avail_out == n) {
      if (zs_.avail_in == 0) {
        auto r = PlainRead(in_buf_, sizeof(in_buf_));
        if (!r.ok()) return r.status();
        if (*r == 0) {
          if (in_member_) return Status::Corruption(name_ + ": truncated gzip stream");
          return 0;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(in_buf_);
        zs_.avail_in = static_cast<uInt>(*r);
      }
      in_member_ = true;
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        // Another member may follow; anything that is not gzip magic is trailing junk we ignore.
        if (zs_.avail_in > 0 && static_cast<unsigned char>(*zs_.next_in) != 0x1f) {
          zs_.avail_in = 0;
          done_ = true;
        }
        inflateReset(&zs_);
        if (done_) break;
      } else if (rc == Z_BUF_ERROR) {
        continue;  // needs more input
      } else if (rc != Z_OK) {
        return Status::Corruption(name_ + ": corrupt gzip data (" + (zs_.msg ? zs_.msg : "inflate error") + ")");
      }
    }
    return n - zs_.avail_out;
  }

  std::unique_ptr<FileSource> file_;
  std::string name_;
  std::string mem_;
  size_t mem_pos_ = 0;
  std::string pending_;
  bool gzip_ = false;
  bool in_member_ = false;
  bool done_ = false;
  z_stream zs_{};
  char in_buf_[1 << 16];
};

}  // namespace

Result<std::unique_ptr<InputStream>> InputStream::Open(const std::string& path) {
  std::unique_ptr<FileSource> src;
  std::string name = path;
  if (path == "-") {
    src = std::make_unique<FileSource>(stdin, false);
    name = "<stdin>";
  } else {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
    src = std::make_unique<FileSource>(f, true);
  }
  auto s = std::make_unique<SniffingStream>(std::move(src), std::string(), name);
  PARALLAX_RETURN_IF_ERROR(s->Init());
  return std::unique_ptr<InputStream>(std::move(s));
}

std::unique_ptr<InputStream> InputStream::FromString(std::string bytes, std::string name) {
  auto s = std::make_unique<SniffingStream>(nullptr, std::move(bytes), std::move(name));
  (void)s->Init();  // memory reads cannot fail
  return s;
}

Result<std::string> ReadDecompressedFile(const std::string& path, size_t max_bytes) {
  auto stream = InputStream::Open(path);
  if (!stream.ok()) return stream.status();
  BufferedReader reader(std::move(*stream));
  std::string out;
  PARALLAX_RETURN_IF_ERROR(reader.ReadAll(&out, max_bytes));
  return out;
}

BufferedReader::BufferedReader(std::unique_ptr<InputStream> in) : in_(std::move(in)) {}

Status BufferedReader::Fill(size_t want) {
  if (buf_.size() - pos_ >= want || eof_) return Status::OK();
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  char chunk[1 << 16];
  while (buf_.size() < want && !eof_) {
    auto r = in_->Read(chunk, sizeof(chunk));
    if (!r.ok()) return r.status();
    if (*r == 0) eof_ = true;
    buf_.append(chunk, *r);
  }
  return Status::OK();
}

Result<bool> BufferedReader::ReadLine(std::string* line, size_t max_line) {
  line->clear();
  for (;;) {
    size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      size_t len = nl - pos_;
      if (len > max_line) return Status::ResourceExhausted(name() + ": line longer than " + std::to_string(max_line) + " bytes");
      line->assign(buf_, pos_, len);
      consumed_ += len + 1;
      pos_ = nl + 1;
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    if (buf_.size() - pos_ > max_line) {
      return Status::ResourceExhausted(name() + ": line longer than " + std::to_string(max_line) + " bytes");
    }
    if (eof_) {
      if (pos_ >= buf_.size()) return false;
      line->assign(buf_, pos_, std::string::npos);
      consumed_ += buf_.size() - pos_;
      pos_ = buf_.size();
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    PARALLAX_RETURN_IF_ERROR(Fill(buf_.size() - pos_ + (1 << 16)));
  }
}

Status BufferedReader::ReadExactly(size_t n, std::string* out, size_t* got) {
  out->clear();
  PARALLAX_RETURN_IF_ERROR(Fill(n));
  size_t k = std::min(n, buf_.size() - pos_);
  out->assign(buf_, pos_, k);
  pos_ += k;
  consumed_ += k;
  *got = k;
  return Status::OK();
}

Status BufferedReader::Skip(size_t n) {
  while (n > 0) {
    PARALLAX_RETURN_IF_ERROR(Fill(std::min<size_t>(n, 1 << 20)));
    size_t k = std::min(n, buf_.size() - pos_);
    if (k == 0) break;
    pos_ += k;
    consumed_ += k;
    n -= k;
  }
  return Status::OK();
}

Result<std::string_view> BufferedReader::Peek(size_t n) {
  PARALLAX_RETURN_IF_ERROR(Fill(n));
  return std::string_view(buf_).substr(pos_, std::min(n, buf_.size() - pos_));
}

Status BufferedReader::ReadAll(std::string* out, size_t max) {
  out->assign(buf_, pos_, std::string::npos);
  consumed_ += buf_.size() - pos_;
  buf_.clear();
  pos_ = 0;
  char chunk[1 << 16];
  while (!eof_) {
    if (out->size() > max) {
      return Status::ResourceExhausted(name() + ": larger than the " + std::to_string(max >> 20) + " MiB limit");
    }
    auto r = in_->Read(chunk, sizeof(chunk));
    if (!r.ok()) return r.status();
    if (*r == 0) eof_ = true;
    out->append(chunk, *r);
    consumed_ += *r;
  }
  if (out->size() > max) {
    return Status::ResourceExhausted(name() + ": larger than the " + std::to_string(max >> 20) + " MiB limit");
  }
  return Status::OK();
}

}  // namespace parallax::ingest
