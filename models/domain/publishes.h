#pragma once

#include "releasetrain.h"
#include "supportpolicy.h"

namespace ReleaseDeck {

// Every Enterprise publish the train's chart tags record (releases,
// patches and fixes), which support lines are judged by.
inline QList<Publish> enterprisePublishes(const ReleaseTrain &train)
{
    QList<Publish> out;
    for (const TrainRelease &r : train.releases()) {
        if (r.enterprise == TrainRelease::Enterprise::Published && r.enterpriseDate.isValid())
            out.append({r.version, r.enterpriseDate});
    }
    return out;
}

} // namespace ReleaseDeck
