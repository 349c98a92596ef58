-- wrk script: a case write as an officer makes it, a note added through the case page's form, one per request,
-- walking through the cases in PATHS (bench/paths.lua). Sends the session and form-token cookies with the form's
-- CSRF token (FORM_TOKEN, the token of the session's forms). The answer is the redirect back to the case (303).
-- Prints the same RESULT line as rotate.lua (bench/result.lua).
dofile("bench/paths.lua")
local headers = {
  ["Cookie"] = "desk-session=" .. (os.getenv("SESSION") or "") .. "; desk-form-token=" .. (os.getenv("FORM_COOKIE") or ""),
  ["Content-Type"] = "application/x-www-form-urlencoded"
}
local token = os.getenv("FORM_TOKEN") or ""
local written = 0

function request()
  written = written + 1
  return wrk.format("POST", next_path() .. "/notes", headers, "csrf-token=" .. token .. "&noteBody=Load+test+note+" .. written)
end

-- The RESULT line load.sh reads.
dofile("bench/result.lua")
