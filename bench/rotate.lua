-- wrk script: sends the session cookie and walks through the paths in the PATHS environment variable
-- (separated by spaces), one per request, so a run is not one URL served from warm caches.
-- With BODY_FILE set, every request is a POST of that file as JSON instead.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local cookie = "desk-session=" .. (os.getenv("SESSION") or "")
local body = nil
local body_file = os.getenv("BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  body = f:read("*a")
  f:close()
end
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function request()
  offset = (offset or 0) + 1
  local path = paths[(offset % #paths) + 1]
  if body then
    return wrk.format("POST", path, {["Cookie"] = cookie, ["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("GET", path, {["Cookie"] = cookie})
end

-- The RESULT line load.sh reads.
dofile("bench/result.lua")
