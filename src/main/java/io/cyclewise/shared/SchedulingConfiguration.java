package io.cyclewise.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Time-driven work (e.g. nightly risk recomputation). Tests switch it off to stay deterministic. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "cyclewise.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
