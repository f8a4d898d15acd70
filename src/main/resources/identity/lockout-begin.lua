-- Reserves one login attempt for an email, atomically across instances.
-- KEYS[1]: the email's lockout hash. ARGV[1]: now in epoch ms, ARGV[2]: max failures,
-- ARGV[3]: key expiry in ms.
-- Returns 0 when the email is locked or its attempts in flight reach the limit, otherwise
-- the attempt number.
local locked_until = tonumber(redis.call('HGET', KEYS[1], 'lockedUntil') or '0')
if locked_until > tonumber(ARGV[1]) then
  return 0
end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if attempts > tonumber(ARGV[2]) then
  return 0
end
return attempts
