-- wrk script: every request is a new merger simulation of PRODUCTS products (default 100) under the demand system
-- DEMAND (LOGIT, CES, AIDS, PCAIDS, LINEAR, LOGLINEAR), drawn at random, or with DRAWS set a sensitivity run of that
-- many draws of the calibrating margin. Prices lie from 5 to 15; shares (of all choices for LOGIT and CES, of the inside
-- goods' revenue for AIDS and PCAIDS) add up exactly in whole hundredths of a percent; the linear systems get
-- quantities, a margin for each product of 3 / price (so every product has the same markup of 3 and a positive cost)
-- and 80 % of lost sales kept inside, spread by quantity. From 2 to 10 products merge. Reads SESSION and prints the
-- RESULT line of bench/result.lua and the number of answers whose run failed a check (INVALID).
local cookie = "desk-session=" .. (os.getenv("SESSION") or "")
local count = tonumber(os.getenv("PRODUCTS") or "100")
local demand = os.getenv("DEMAND") or "LOGIT"
local draws = tonumber(os.getenv("DRAWS") or "0")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919 + os.time())
  table.insert(threads, thread)
end

invalid = 0

function response(status, headers, body)
  if status == 200 and draws == 0 and not body:find('"valid":true', 1, true) then
    invalid = invalid + 1
  elseif status == 200 and draws > 0 and body:find('"validDraws":0', 1, true) then
    invalid = invalid + 1
  end
end

function init(args)
  math.randomseed(seed or os.time())
end

-- Hundredths of a percent for each product, adding up with `outside` to 10000.
local function shares(outside)
  local left = 10000 - outside
  local out = {}
  for i = 1, count do
    local share = i == count and left or math.max(1, math.floor(left / (count - i + 1) * (0.5 + math.random())))
    if share > left - (count - i) then share = left - (count - i) end
    left = left - share
    out[i] = share
  end
  return out
end

local function percent(hundredths)
  return string.format("%d.%02d", math.floor(hundredths / 100), hundredths % 100)
end

function request()
  local outsideShare = (demand == "LOGIT" or demand == "CES") and math.random(2000, 6000) or 0
  local s = shares(outsideShare)
  local products = {}
  for i = 1, count do
    local price = 5 + 10 * math.random()
    if demand == "LINEAR" or demand == "LOGLINEAR" then
      products[i] = string.format('{"name": "P%d", "price": %.2f, "quantity": %d, "marginPercent": %.4f}', i, price,
        math.random(100, 1000), 300 / tonumber(string.format("%.2f", price)))
    else
      products[i] = string.format('{"name": "P%d", "price": %.2f, "sharePercent": %s}', i, price, percent(s[i]))
    end
  end
  local merging = {}
  for i = 1, math.random(2, 10) do
    merging[i] = '"P' .. i .. '"'
  end
  local extra = ""
  if demand == "LOGIT" or demand == "CES" then
    extra = string.format(', "outsideSharePercent": %s, "calibration": {"product": "P1", "marginPercent": %d}',
      percent(outsideShare), math.random(20, 30))
  elseif demand == "AIDS" then
    extra = string.format(', "calibration": {"product": "P1", "marginPercent": %d}, "marketElasticity": -1',
      math.random(20, 30))
  elseif demand == "PCAIDS" then
    extra = string.format(', "calibration": {"product": "P1", "ownElasticity": -%d}, "marketElasticity": -1',
      math.random(3, 5))
  else
    extra = ', "aggregateDiversionPercent": 80'
  end
  local simulation = string.format('{"demand": "%s", "products": [%s]%s, "merging": [%s]}', demand,
    table.concat(products, ", "), extra, table.concat(merging, ", "))
  if draws > 0 then
    local body = string.format('{"simulation": %s, "ranges": [{"input": "calibration.marginPercent", "low": 20, "high": 30}],'
      .. ' "draws": %d, "seed": %d}', simulation, draws, math.random(1, 1000000))
    return wrk.format("POST", "/api/v1/merger-simulation/sensitivity",
      {["Cookie"] = cookie, ["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("POST", "/api/v1/merger-simulation",
    {["Cookie"] = cookie, ["Content-Type"] = "application/json"}, simulation)
end

dofile("bench/result.lua")
local print_result = done

function done(summary, latency, requests)
  print_result(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("invalid") or 0)
  end
  io.write(string.format("INVALID %d\n", total))
end
