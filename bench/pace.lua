-- Open-loop pacing for wrk (bench/bench_serve.sh): each wrk thread sends on a
-- fixed schedule of `interval` ms between requests (spread over its
-- connections), so the whole run offers a fixed rate instead of wrk's
-- back-to-back closed loop. A thread that falls behind its schedule does not
-- burst to catch up; the achieved rate is what wrk prints as Requests/sec.
-- With a second argument, a file of request paths (one a line), the
-- requests cycle through those paths (e.g. many different stories) instead
-- of repeating the URL's. With a third argument T (wrk's thread count), the
-- threads start at 0, 1/T, 2/T... of the file, so a run of at most the
-- file's length in requests asks each path once (distinct uncached queries).
-- Usage: wrk -t T -c C -s bench/pace.lua URL -- INTERVAL_MS [PATHS_FILE [T]]
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } pace_timespec;
  int clock_gettime(int clk_id, pace_timespec* tp);
]]
local ts = ffi.new("pace_timespec")
local interval = 1
local next_at = nil
local paths = {}
local at = 0
local threads_made = 0

function setup(thread)
  threads_made = threads_made + 1
  thread:set("thread_index", threads_made - 1)
end

local function now_ms()
  ffi.C.clock_gettime(1, ts)  -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

function init(args)
  interval = tonumber(args[1]) or 1
  if args[2] then
    for line in io.lines(args[2]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    local split = tonumber(args[3])
    if split then
      at = math.floor(thread_index * #paths / split)  -- each thread its own share
    else
      at = math.random(#paths)  -- threads start at different places
    end
  end
end

function request()
  if #paths == 0 then return wrk.request() end
  at = at % #paths + 1
  return wrk.format(nil, paths[at])
end

function delay()
  local t = now_ms()
  if next_at == nil or next_at < t then next_at = t end
  local wait = next_at - t
  next_at = next_at + interval
  return wait
end
