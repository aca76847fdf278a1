package io.cyclewise.risk.internal;

import io.cyclewise.risk.Threshold;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskThresholdRepository extends JpaRepository<RiskThresholdSetting, Threshold> {
}
