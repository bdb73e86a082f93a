// Server: binds the Api and the embedded web UI to a TCP socket (cpp-httplib).
//
// /api/... goes to Api::Handle; "/", "/app.js", "/style.css" are the web UI's
// files, compiled into the binary (no file system access, so no path
// traversal); anything else is a JSON 404. Limits: request bodies over
// ServerOptions::max_body_bytes get 413, reads and writes time out, the
// worker pool is fixed. Every response carries nosniff and a same-origin
// Content-Security-Policy.
//
// Thread safety: Start() once; Stop() may be called from any thread.
#ifndef PARALLAX_SERVE_SERVER_H_
#define PARALLAX_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "parallax/status.h"
#include "serve/api.h"

namespace parallax::serve {

struct ServerOptions {
  std::string bind = "127.0.0.1";  // loopback only unless asked
  int port = 8080;                 // 0: an ephemeral port (see Server::port())
  // Connection threads. cpp-httplib serves each connection on one thread
  // for as long as it is kept alive (up to 5 s idle), so this bounds the
  // clients served at once; further connections wait for a free thread.
  int threads = 64;
  int read_timeout_s = 5;
  int write_timeout_s = 10;
  size_t max_body_bytes = 8 << 20;
};

class Server {
 public:
  // `api` is not owned and must outlive the server.
  Server(Api* api, const ServerOptions& options);
  ~Server();

  // Binds the socket. kIOError when the address cannot be bound.
  Status Bind();
  // The bound port (after Bind).
  int port() const { return port_; }
  // Serves until Stop(); returns when stopped.
  Status Listen();
  void Stop();

  // The response for a non-API path ("/", "/app.js", ...), without a socket.
  static HttpResponse Asset(const std::string& path);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
  std::string bind_;
};

}  // namespace parallax::serve

#endif  // PARALLAX_SERVE_SERVER_H_
