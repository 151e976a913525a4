-- wrk script for `manage.py bench`: requests rotate over the paths listed, one a line,
-- in the file named by BENCH_PATHS (method BENCH_METHOD, GET by default); at the end
-- one line "BENCH {json}" with the figures the benchmark reads.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local method = os.getenv("BENCH_METHOD") or "GET"
local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format(method, paths[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
