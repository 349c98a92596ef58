-- wrk script: every request is a new logit merger simulation with PRODUCTS products (default 100), drawn at random:
-- prices from 5 to 15, shares of all choices adding up with the outside good to 100, one calibrating margin from 20
-- to 30% (at most 30% of the dearest price stays below the cheapest, so every calibrated cost is positive), and
-- from 2 to 10 merging products. Reads SESSION and prints the RESULT line of bench/result.lua.
local cookie = "desk-session=" .. (os.getenv("SESSION") or "")
local count = tonumber(os.getenv("PRODUCTS") or "100")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919 + os.time())
  table.insert(threads, thread)
end

unconverged = 0

-- A 200 that says the solver did not reach its tolerance is counted apart: it answers, but gives no result.
function response(status, headers, body)
  if status == 200 and not body:find('"converged":true', 1, true) then
    unconverged = unconverged + 1
  end
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  -- Whole hundredths of a percent, so the shares and the outside share add up to exactly 100.
  local outside = math.random(2000, 6000)
  local left = 10000 - outside
  local products = {}
  for i = 1, count do
    local share = i == count and left or math.max(1, math.floor(left / (count - i + 1) * (0.5 + math.random())))
    if share > left - (count - i) then share = left - (count - i) end
    left = left - share
    products[i] = string.format('{"name": "P%d", "price": %.2f, "sharePercent": %d.%02d}', i,
      5 + 10 * math.random(), math.floor(share / 100), share % 100)
  end
  local merging = {}
  for i = 1, math.random(2, 10) do
    merging[i] = '"P' .. i .. '"'
  end
  local body = string.format('{"products": [%s], "outsideSharePercent": %d.%02d, "calibration": {"product": "P1",'
    .. ' "marginPercent": %d}, "merging": [%s]}', table.concat(products, ", "), math.floor(outside / 100), outside % 100,
    math.random(20, 30), table.concat(merging, ", "))
  return wrk.format("POST", "/api/v1/merger-simulation/logit",
    {["Cookie"] = cookie, ["Content-Type"] = "application/json"}, body)
end

dofile("bench/result.lua")
local print_result = done

function done(summary, latency, requests)
  print_result(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("unconverged") or 0)
  end
  io.write(string.format("UNCONVERGED %d\n", total))
end
