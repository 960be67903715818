#pragma once

#include "charts/upgradepath.h"
#include "domain/overview.h"
#include "git/commitrange.h"
#include "platform/scancontrol.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// One commit as release notes list it.
struct NoteCommit
{
    QString id;       // full commit id
    QString subject;  // without its conventional-commit prefix
    QString type;     // feat, fix, …; empty when the subject has none
    QString scope;
    bool breaking = false;
    QStringList prs;  // "#123", from "(#123)" or "Merge pull request #123"
    QString author;
};

// The commits of one repository between the two releases.
struct RepoNotes
{
    QString repo;
    QString fromTag; // empty: the repository's first release, every commit up to it
    QString toTag;
    QList<NoteCommit> commits; // newest first
    bool truncated = false;
    QString problem;           // one line when the range could not be read
};

// An image whose manifest digest differs between the two releases.
struct ImageChange
{
    QString image; // the image component
    QString from;  // digest; empty when the older release records none
    QString to;
};

// What a release brings, or what lies between two: per repository the
// commits since the previous release of the same line, grouped by type;
// the images whose digest changed; what changes in each chart's values and
// dependencies.
struct ReleaseNotes
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReleaseNotes)

public:
    QString version;
    QString from;
    QList<RepoNotes> repos;
    QList<ImageChange> images;
    QList<ChartChanges> charts;
    QStringList problems;

    // The release before `version` on its line: for a patch or a fix, the
    // one before it of the same X.Y; for X.Y.0, the newest release below it.
    static std::optional<Version> previous(const ReleaseTrain &train, const Version &version);
    // Reads git: call it on a worker. Without `from`, previous(version).
    static ReleaseNotes build(const Overview &overview, const Version &version, const std::optional<Version> &from,
                              ScanControl *control = nullptr);

    // The heading of a conventional-commit type: "Features", "Fixes", …;
    // "Other changes" for none.
    static QString groupTitle(const QString &type);
    // The order groups are listed in, the type of each.
    static QStringList groupOrder();
    static NoteCommit parse(const CommitLine &line);
};

} // namespace ReleaseDeck
