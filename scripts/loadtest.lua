-- wrk script for `manage.py loadtest`: GETs a weighted mix of paths read from the
-- file named after `--`, counts statuses per thread, and prints one JSON summary.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() * 1000 + id)
  wrk.headers["X-Forwarded-Proto"] = "https"
  ok, redirects, client_errors, server_errors = 0, 0, 0, 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    client_errors = client_errors + 1
  elseif status >= 300 then
    redirects = redirects + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local totals = { ok = 0, redirects = 0, client_errors = 0, server_errors = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do
      totals[key] = totals[key] + thread:get(key)
    end
  end
  local e = summary.errors
  io.write(string.format(
    '\nLOADTEST_JSON {"requests": %d, "duration_s": %.2f, "ok_2xx": %d, "redirects_3xx": %d, '
      .. '"client_errors_4xx": %d, "server_errors_5xx": %d, "socket_errors": {"connect": %d, '
      .. '"read": %d, "write": %d, "timeout": %d}, "latency_ms": {"p50": %.2f, "p90": %.2f, '
      .. '"p99": %.2f, "max": %.2f}, "requests_per_s": %.1f}\n',
    summary.requests, summary.duration / 1e6, totals.ok, totals.redirects,
    totals.client_errors, totals.server_errors, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6)))
end
