-- Shared by the wrk scripts that walk through the paths in the PATHS environment variable (separated by spaces),
-- one per request, each thread from its own place in the list so a run is not one URL served from warm caches.
-- Loaded with dofile from the repository root, where the bench scripts run.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function next_path()
  offset = (offset or 0) + 1
  return paths[(offset % #paths) + 1]
end
