-- wrk script for `manage.py bench`: requests rotate over the paths listed, one a line,
-- in the file named by BENCH_PATHS (method BENCH_METHOD, GET by default); at the end
-- one line "BENCH {json}" with the figures the benchmark reads.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local method = os.getenv("BENCH_METHOD") or "GET"
local i = 0

-- Each thread starts at its own share of the list (BENCH_THREADS of them), so a path is not
-- asked again by the next thread right after: a list of distinct paths stays distinct.
local created = 0
function setup(thread)
  thread:set("id", created)
  created = created + 1
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
  i = math.floor((id or 0) * #paths / threads) % #paths
end

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
