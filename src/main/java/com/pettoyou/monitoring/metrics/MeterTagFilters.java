package com.pettoyou.monitoring.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Drops the peer address and port tags that the Redis client's command metrics carry.
 * They repeat the Redis server's address from the configuration, and a port that changes
 * (embedded Redis takes a free one at every start) would start new series.
 */
@Configuration(proxyBeanMethods = false)
class MeterTagFilters {

	static final String PEER_ADDRESS = "net.sock.peer.addr";

	static final String PEER_PORT = "net.sock.peer.port";

	@Bean
	MeterFilter dropPeerTags() {
		return MeterFilter.ignoreTags(PEER_ADDRESS, PEER_PORT);
	}

}
