#pragma once

#include "commitbuilder.h"
#include "domain/snapshot.h"
#include "gitremote.h"
#include "plan.h"

#include <optional>

namespace ReleaseDeck::StagePlan {

struct Inputs
{
    const WorkspaceSnapshot *snapshot = nullptr; // scanned at the charts clone's tip
    GitRemote *charts = nullptr;                 // the clone of the charts repository, fetched
    QString branch = QStringLiteral("main");
    Version version;
    GitIdentity who;
    QString note;
};

// The plan that stages a version for Enterprise: one commit on the charts
// repository bumping every chart to it and recording it as staged in the
// release manifest (due a stagger after its SaaS date), then its push.
// Refused, in one line, when it makes no sense: a version OSS has not
// released, one not above the last published, one already in the
// manifest, or while another release is staged and not yet published.
std::optional<Plan> build(const Inputs &in, QString *error);

// The plan that approves the staged release `in.version`: its state in the
// manifest becomes approved with an audit line, in one commit, then the
// push. Refused when the version is not staged, without a note, or when
// the approver staged it and the workspace's policy does not allow that.
std::optional<Plan> approve(const Inputs &in, QString *error);

} // namespace ReleaseDeck::StagePlan
