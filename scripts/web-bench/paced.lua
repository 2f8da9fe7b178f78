-- wrk script: paces each connection so that all of them together send RATE requests per second
-- (wrk's delay() waits before each request; latency is measured from send to answer only), and
-- rotates through the API reads listed in PATHS (separated by spaces).
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "10")
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/api/documents", "%S+") do
  paths[#paths + 1] = p
end
local i = 0

function delay()
  return math.floor(1000 * connections / rate)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
