-- wrk script: a case write as an officer makes it, a note added through the case page's form, one per request,
-- walking through the cases in PATHS (separated by spaces). Sends the session and form-token cookies with the form's
-- CSRF token (FORM_TOKEN, the token of the session's forms). The answer is the redirect back to the case (303).
-- Prints the same RESULT line as rotate.lua (bench/result.lua).
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local headers = {
  ["Cookie"] = "desk-session=" .. (os.getenv("SESSION") or "") .. "; desk-form-token=" .. (os.getenv("FORM_COOKIE") or ""),
  ["Content-Type"] = "application/x-www-form-urlencoded"
}
local token = os.getenv("FORM_TOKEN") or ""
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function request()
  offset = (offset or 0) + 1
  local path = paths[(offset % #paths) + 1] .. "/notes"
  return wrk.format("POST", path, headers, "csrf-token=" .. token .. "&noteBody=Load+test+note+" .. offset)
end

-- The RESULT line load.sh reads.
dofile("bench/result.lua")
