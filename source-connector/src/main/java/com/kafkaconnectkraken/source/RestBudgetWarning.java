package com.kafkaconnectkraken.source;

import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.rest.RestBudget;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The non-blocking part of {@code KrakenSourceConnector.validate()}: when the enabled REST endpoints
 * and intervals need more than the tier's REST call counter sustains ({@link RestBudget};
 * https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits), it logs a warning and sets the
 * achievable interval as the recommended value of each stretched {@code rest.poll.<endpoint>.interval.ms}
 * key. Connect has no warning level in a validation result, and an error would refuse a configuration
 * that works (only slower), so nothing is added to the error messages.
 */
final class RestBudgetWarning {

    private static final Logger log = LoggerFactory.getLogger(RestBudgetWarning.class);

    private RestBudgetWarning() {
    }

    /**
     * @param result the validation result; changed in place
     * @param props  the validated properties
     * @return the warning text, empty when every interval is met or the configuration has errors
     */
    static String apply(Config result, Map<String, String> props) {
        if (result.configValues().stream().anyMatch(value -> !value.errorMessages().isEmpty())) {
            return "";
        }
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(props);
        List<RestBudget.Plan> plans = RestBudget.plan(config.enabledRestIntervals(), config.restTier(),
                config.restHistoryCost());
        String warning = RestBudget.describe(plans, config.restTier());
        if (warning.isEmpty()) {
            return warning;
        }
        log.warn("Configuration check: {} (rest.tier={})", warning, props.getOrDefault(KrakenSourceConnectorConfig.REST_TIER, "starter"));
        for (RestBudget.Plan plan : plans) {
            if (plan.stretched()) {
                result.configValues().stream().filter(value -> value.name().equals(plan.endpoint().intervalKey())).findFirst()
                        .ifPresent(value -> recommend(value, plan.achievable().toMillis()));
            }
        }
        return warning;
    }

    private static void recommend(ConfigValue value, long achievableMs) {
        value.recommendedValues(List.of(achievableMs));
    }
}
