#include "overview.h"

namespace ReleaseDeck {

QSharedPointer<const Overview> Overview::build(WorkspaceSnapshot snapshot)
{
    auto o = QSharedPointer<Overview>::create();
    o->snapshot = std::move(snapshot);
    o->train = ReleaseTrain::build(o->snapshot);
    o->snapshot.problems.append(o->train.problems());
    o->refs = ImageRefIndex(o->snapshot);
    o->matrix = VersionMatrix::build(o->snapshot, o->train, o->refs);
    o->violations = ReleaseRules::check(o->snapshot, o->train);
    return o;
}

} // namespace ReleaseDeck
