#pragma once

#include "artifactcheck.h"
#include "overview.h"
#include "releaserules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// One release judged once, from everything known about it: its tags and
// what each repository, image and chart says (the version matrix), the
// registry (when checked), the release manifest and the rules its history
// must keep. Every view, `status` and `scan --json` show this judgement.
struct ReleaseVerdict
{
    // Consistent: nothing wrong; Drift: something disagrees or breaks a
    // rule; Missing: something that should exist does not; None: nothing
    // to judge (the registry unchecked and nothing found wrong in git).
    MatrixCell::State state = MatrixCell::State::None;
    QString stage;         // "published 2026-11-29", "staged", "superseded", "released", "not released"
    QString due;           // the countdown of a pending release, else empty
    QStringList problems;  // one line each, its source first: "registry: …", "rule: …", a column's title
    bool registryChecked = false;
    Completeness registry;
    bool inManifest = false;
    ManifestRelease::State manifestState = ManifestRelease::State::None;
    QDateTime dueDate;

    // Under a timeline marker: "6/8" (the registry, when it is
    // incomplete), else the number of problems, else "8/8" or "".
    QString badge() const;
    // One line: the first problem, else the stage and the registry.
    QString summary() const;
    static QString stateName(MatrixCell::State state); // ok, problem, missing, unchecked
};

class Verdicts
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::Verdicts)

public:
    // `report` may be null: the registry has not been checked.
    static QSharedPointer<const Verdicts> build(const OverviewPtr &overview, const RegistryReportPtr &report,
                                                const QDateTime &now);

    int size() const { return int(m_verdicts.size()); }
    const ReleaseVerdict &at(int release) const { return m_verdicts.at(release); }
    const QList<ReleaseVerdict> &all() const { return m_verdicts; }
    OverviewPtr overview() const { return m_overview; }
    RegistryReportPtr report() const { return m_report; }
    QDateTime now() const { return m_now; }

private:
    OverviewPtr m_overview;
    RegistryReportPtr m_report;
    QDateTime m_now;
    QList<ReleaseVerdict> m_verdicts;
};

using VerdictsPtr = QSharedPointer<const Verdicts>;

} // namespace ReleaseDeck

Q_DECLARE_METATYPE(ReleaseDeck::VerdictsPtr)
