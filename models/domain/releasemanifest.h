#pragma once

#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// One line of a release's audit trail: who did what, when and why.
struct AuditEntry
{
    QDateTime at;   // UTC
    QString by;     // "Name <email>", from git config
    QString action; // release, stage, restage, approve, publish, fix, supersede
    QString note;
    // approve of a release on a line's branch: the branch's commit that
    // was approved (40 hex digits), which publish goes out from.
    QString charts;
    int line = 0;        // of its first key in the manifest, 1-based; 0 when not read from one
    QList<int> keyLines; // where its at, by and action keys are
};

// What a version means, as the release manifest records it.
struct ManifestRelease
{
    enum class State { None, Staged, Approved, Published, Superseded };

    Version version;
    QString ossCommit;              // 40 hex digits
    QDateTime saasDate;             // UTC; invalid until SaaS ships it
    QMap<QString, QString> images;  // image component id → manifest digest
    QMap<QString, QString> commits; // repository id → 40 hex digits: the commit each repository
                                    // other than the OSS one gave the version (runtime-api, …)
    State state = State::None;      // the Enterprise state
    QDateTime due;                  // Enterprise due date, UTC
    // The charts branch an older line's release is staged and published
    // on (`release/0.73`); empty: the main branch, the train's own.
    QString branch;
    QList<AuditEntry> audit;
    // A release every upgrade passes through, and why (a database
    // migration); empty: upgrades may skip it.
    QString upgradeStop;
    int line = 0;                   // where the entry starts in the file

    static QString stateName(State s);
    static std::optional<State> parseState(const QString &name);

    // Why an approved state is not backed by its audit trail, or empty: it
    // needs an approve line after the last stage, re-stage or fix, by
    // someone other than who staged it unless self-approval is allowed.
    // Anyone can commit `state: approved`; only the trail says who did.
    QString approvalProblem(bool selfApproval) const;
};

// The branch of the charts repository that holds a release line's
// backports and fixes once main has moved on: "release/0.73".
QString lineBranch(const Version &version);

// The email of "Name <email>", lower case; empty when `by` is not one
// plain "Name <local@domain>" (no space around it, no control or invisible
// character, nothing after the '>'), so that it names nobody.
QString auditEmail(const QString &by);

// `releases.yaml` in the charts repository: the single source of truth for
// what each version means. Written only by plans, as commits, so that git
// history is the audit log.
struct ReleaseManifest
{
    QList<ManifestRelease> releases; // in file order
    // Entries left out for a problem: version as written → the located
    // problem, so that every view can say why a release has no record.
    QMap<QString, QString> unreadable;
    // Every problem met reading the file, located, with the lines they are
    // on; `fatal`: the file could not be read at all.
    QStringList problems;
    QList<int> problemLines;
    bool fatal = false;

    const ManifestRelease *find(const Version &version) const;
    // Why what the manifest says of `version` cannot be trusted in full: the
    // file is unreadable, its entry was left out, or a problem lies within
    // its entry (an unknown key may be a misspelt one). Empty when it can.
    QString doubtAbout(const Version &version) const;
    int indexOf(const Version &version) const;
};

} // namespace ReleaseDeck
