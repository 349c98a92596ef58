-- wrk script: sends the session cookie and walks through the paths in PATHS (bench/paths.lua).
-- With BODY_FILE set, every request is a POST of that file as JSON instead.
dofile("bench/paths.lua")
local cookie = "desk-session=" .. (os.getenv("SESSION") or "")
local body = nil
local body_file = os.getenv("BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  body = f:read("*a")
  f:close()
end

function request()
  local path = next_path()
  if body then
    return wrk.format("POST", path, {["Cookie"] = cookie, ["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("GET", path, {["Cookie"] = cookie})
end

-- The RESULT line load.sh reads.
dofile("bench/result.lua")
