// cpp-httplib glue: every method on every path goes to one dispatcher that
// converts the request, calls Api::Handle (for /api/...) or serves an
// embedded asset, and copies the response back with the security headers.
#include "serve/server.h"

#include <httplib.h>

#include <cstring>

namespace parallax::serve {

extern const char kIndexHtml[];
extern const char kAppJs[];
extern const char kStyleCss[];

class Server::Impl {
 public:
  httplib::Server http;
};

namespace {

HttpRequest Convert(const httplib::Request& req) {
  HttpRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.params.emplace(k, v);  // first value wins
  for (const auto& [k, v] : req.headers) {
    std::string name = k;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers.emplace(name, v);
  }
  r.body = req.body;
  return r;
}

void Copy(const HttpResponse& from, httplib::Response* to, bool head) {
  to->status = from.status;
  to->set_header("X-Content-Type-Options", "nosniff");
  to->set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
  to->set_header("Referrer-Policy", "no-referrer");
  if (from.content_type != "application/json") to->set_header("Cache-Control", "no-cache");
  to->set_content(head ? std::string() : from.body, from.content_type.c_str());
}

}  // namespace

HttpResponse Server::Asset(const std::string& path) {
  HttpResponse r;
  if (path == "/" || path == "/index.html") {
    r.content_type = "text/html; charset=utf-8";
    r.body = kIndexHtml;
  } else if (path == "/app.js") {
    r.content_type = "text/javascript; charset=utf-8";
    r.body = kAppJs;
  } else if (path == "/style.css") {
    r.content_type = "text/css; charset=utf-8";
    r.body = kStyleCss;
  } else {
    return ErrorResponse(404, "not_found", "no page " + path);
  }
  return r;
}

Server::Server(Api* api, const ServerOptions& options) : impl_(std::make_unique<Impl>()) {
  httplib::Server& s = impl_->http;
  const int threads = options.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_read_timeout(options.read_timeout_s, 0);
  s.set_write_timeout(options.write_timeout_s, 0);
  s.set_keep_alive_timeout(5);
  // Responses go out as headers then body; without TCP_NODELAY the body
  // waits for the client's delayed ACK of the headers (40 ms on Linux).
  s.set_tcp_nodelay(true);
  s.set_payload_max_length(options.max_body_bytes);
  auto dispatch = [api](const httplib::Request& req, httplib::Response& res) {
    HttpRequest r = Convert(req);
    bool api_path = r.path == "/api" || r.path.rfind("/api/", 0) == 0;
    HttpResponse out;
    if (api_path) out = api->Handle(r);
    else if (r.method == "GET" || r.method == "HEAD") out = Asset(r.path);
    else out = ErrorResponse(405, "method_not_allowed", r.method + " " + r.path + ": pages are read-only");
    Copy(out, &res, r.method == "HEAD");
  };
  s.Get(".*", dispatch);
  s.Post(".*", dispatch);
  s.Put(".*", dispatch);
  s.Delete(".*", dispatch);
  s.Patch(".*", dispatch);
  s.Options(".*", dispatch);
  s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* code = res.status == 413 ? "too_large" : res.status == 404 ? "not_found" : "bad_request";
    std::string message = res.status == 413 ? "request body too large" : "bad request";
    Copy(ErrorResponse(res.status, code, message + " (" + req.method + " " + req.path + ")"), &res, false);
  });
  port_ = options.port;
  bind_ = options.bind;
}

Server::~Server() = default;

Status Server::Bind() {
  if (port_ == 0) {
    port_ = impl_->http.bind_to_any_port(bind_);
    if (port_ < 0) return Status::IOError("cannot bind " + bind_ + " (any port)");
  } else if (!impl_->http.bind_to_port(bind_, port_)) {
    return Status::IOError("cannot bind " + bind_ + ":" + std::to_string(port_) + ": " + std::strerror(errno));
  }
  return Status::OK();
}

Status Server::Listen() {
  if (!impl_->http.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::OK();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace parallax::serve
