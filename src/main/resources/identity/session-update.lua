-- Sets one field of a session hash only while the session exists, so that a request which
-- races a logout cannot bring back a partial session without its account or role.
-- KEYS[1]: the session hash. ARGV[1]: field, ARGV[2]: value, ARGV[3]: new expiry in ms, or 0
-- to keep the current expiry.
-- Returns 1 when the session existed and was updated, otherwise 0.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if tonumber(ARGV[3]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return 1
