package org.greenborder.academy.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** gba.demo-data.enabled (GBA_DEMO_DATA_ENABLED): load the demo data on first start. */
@ConfigurationProperties("gba.demo-data")
record DemoProperties(boolean enabled) {
}
