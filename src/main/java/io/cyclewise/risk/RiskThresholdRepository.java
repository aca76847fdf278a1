package io.cyclewise.risk;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskThresholdRepository extends JpaRepository<RiskThresholdSetting, Threshold> {
}
