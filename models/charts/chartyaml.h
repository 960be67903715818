#pragma once

#include "valuesscanner.h"

#include <QString>

#include <string_view>

namespace ReleaseDeck {

// Chart.yaml fields as text (`appVersion: 1.0` stays "1.0").
struct ChartYaml
{
    QString name;
    QString version;
    QString appVersion;
    QString error;
    bool usedFastReader = false;
};

ChartYaml readChartYaml(std::string_view text, ValuesParser parser = ValuesParser::Auto);

} // namespace ReleaseDeck
