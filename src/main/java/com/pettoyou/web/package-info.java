/**
 * Web edge: the security filter chain, response headers, CORS, CSRF, client addresses,
 * request limits and error responses.
 */

package com.pettoyou.web;
