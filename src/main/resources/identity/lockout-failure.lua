-- Counts one failed login and locks the email at the limit. Each lock within the escalation
-- window of the previous one doubles its duration, up to the maximum.
-- KEYS[1]: the email's lockout hash. ARGV: now ms, max failures, initial lock ms,
-- max lock ms, escalation window ms, key expiry ms.
-- Returns the lock end in epoch ms when this failure locked the email, otherwise 0.
local now = tonumber(ARGV[1])
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[6])
if failures < tonumber(ARGV[2]) then
  return 0
end
local last_lock = tonumber(redis.call('HGET', KEYS[1], 'lastLockAt') or '0')
local level = tonumber(redis.call('HGET', KEYS[1], 'level') or '0')
if last_lock == 0 or now - last_lock > tonumber(ARGV[5]) then
  level = 1
else
  level = level + 1
end
local duration = tonumber(ARGV[3]) * (2 ^ (level - 1))
if duration > tonumber(ARGV[4]) then
  duration = tonumber(ARGV[4])
end
local locked_until = now + duration
redis.call('HSET', KEYS[1], 'lockedUntil', locked_until, 'lastLockAt', now, 'level', level,
  'attempts', 0, 'failures', 0)
return locked_until
