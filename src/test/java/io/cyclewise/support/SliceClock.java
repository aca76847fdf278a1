package io.cyclewise.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The portal's clock for test slices that do not scan the application: entity listeners such as
 * {@code shared.RecordingListener} (for entities extending {@code Recorded}/{@code Changed}) need one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceClock {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
