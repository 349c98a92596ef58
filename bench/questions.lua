-- wrk script: every request asks the case list a different question, drawn at random, as many officers searching
-- at once would: a party's full name as officers type it ("Synthetic Undertaking 4242", several words, the last one
-- complete), a short party name ("Undertaking 4242"), a market word, a reference prefix or no text; with a random
-- status and type filter (or none), sort column, direction and page 1 to 8.
-- KIND=fullname|party|word|reference|empty asks only that kind of question; unset, each request draws its kind too.
-- Reads SESSION like rotate.lua and prints the same RESULT line (bench/result.lua).
local cookie = "desk-session=" .. (os.getenv("SESSION") or "")
-- An empty KIND (as load.sh passes for the mixed questions) means unset: in Lua an empty string is true.
local only = os.getenv("KIND")
if only == "" then only = nil end
local words = {"cloud", "search", "mobile", "app", "advertising", "payments", "marketplaces", "browsers",
               "messaging", "maps", "streaming", "speakers", "exclusivity", "tying", "pricing", "interoperability"}
local statuses = {"", "OPEN", "INVESTIGATION", "ASSESSMENT", "DECISION", "CLOSED"}
local types = {"", "DMA_DESIGNATION", "ARTICLE_101", "ARTICLE_102", "MERGER", "MARKET_INVESTIGATION"}
local sorts = {"reference", "title", "type", "status", "opened", "updated"}
local kinds = {"fullname", "party", "word", "reference", "empty"}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919 + os.time())
end

function init(args)
  math.randomseed(seed or os.time())
end

local function pick(list)
  return list[math.random(#list)]
end

local function text(kind)
  if kind == "fullname" then
    return "Synthetic+" .. (math.random(2) == 1 and "Undertaking+" or "Complainant+") .. math.random(0, 4999)
  elseif kind == "party" then
    return (math.random(2) == 1 and "Undertaking+" or "Complainant+") .. math.random(0, 4999)
  elseif kind == "word" then
    return pick(words)
  elseif kind == "reference" then
    return string.format("SD.%04d", math.random(0, 9999))
  end
  return ""
end

function request()
  local kind = only or pick(kinds)
  local path = "/cases?q=" .. text(kind) .. "&status=" .. pick(statuses) .. "&type=" .. pick(types)
      .. "&sort=" .. pick(sorts) .. "&dir=" .. (math.random(2) == 1 and "asc" or "desc")
      .. "&page=" .. math.random(8)
  return wrk.format("GET", path, {["Cookie"] = cookie})
end

-- The RESULT line load.sh reads.
dofile("bench/result.lua")
