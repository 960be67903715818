#include "statepage.h"
#include "domain/printable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDeck {

StatePage::StatePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_choose(new QPushButton(tr("&Choose Workspace…"), this))
    , m_demo(new QPushButton(tr("Open &Demo"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    // File names and reasons are shown as they are, never as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_step->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Workspace state"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Workspace state details"));
    QPalette p = m_step->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_step->setPalette(p);
    m_step->setWordWrap(true);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_choose->setToolTip(tr("Open another workspace file"));
    m_demo->setToolTip(tr("The generated demo workspace"));
    m_retry->setToolTip(tr("Scan the same file again"));
    connect(m_cancel, &QPushButton::clicked, this, &StatePage::cancelRequested);
    connect(m_choose, &QPushButton::clicked, this, &StatePage::chooseRequested);
    connect(m_demo, &QPushButton::clicked, this, &StatePage::demoRequested);
    connect(m_retry, &QPushButton::clicked, this, &StatePage::retryRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *column = new QWidget(this);
    column->setMinimumWidth(280);
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    inner->addWidget(m_progress);
    inner->addWidget(m_step);
    inner->addSpacing(8);
    inner->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 8);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    showLoading(tr("Starting…"), QString());
}

void StatePage::setButtons(bool loading)
{
    m_progress->setVisible(loading);
    m_step->setVisible(loading);
    m_cancel->setVisible(loading);
    m_choose->setVisible(!loading);
    m_demo->setVisible(!loading);
    m_retry->setVisible(!loading);
}

void StatePage::showLoading(const QString &title, const QString &file, const QString &text)
{
    m_title->setText(title);
    m_text->setText(!text.isEmpty() || file.isEmpty() ? text
                                                      : tr("Reading the tags, charts and release manifest of %1. "
                                                           "The views open when the first scan is done.")
                                                            .arg(printablePath(file)));
    m_progress->setRange(0, 0);
    m_step->clear();
    setButtons(true);
}

void StatePage::showProgress(int done, int total, const QString &what)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_step->setText(what);
}

void StatePage::showFailed(const QString &file, const QString &error)
{
    m_title->setText(tr("The workspace did not open"));
    // The error names the file, with its line, as a rule; else it is said.
    // (Problem locations show the path escaped, as printablePath() does.)
    const QString shown = printablePath(file);
    m_text->setText(file.isEmpty() || error.contains(file) || error.contains(shown) ? error
                                                                                   : tr("%1\n\n%2").arg(shown, error));
    setButtons(false);
    m_retry->setVisible(!file.isEmpty());
    m_choose->setDefault(true);
    m_choose->setFocus();
}

void StatePage::showDemoCancelled()
{
    m_title->setText(tr("Demo not opened"));
    m_text->setText(tr("Its files are written to the end in the background, so that they are whole; "
                       "Open Demo opens it."));
    setButtons(false);
    m_retry->setVisible(false);
    m_demo->setDefault(true);
    m_demo->setFocus();
}

void StatePage::showCancelled(const QString &file)
{
    m_title->setText(tr("Scan cancelled"));
    m_text->setText(tr("%1 was not scanned to the end, so there is nothing to show yet.")
                        .arg(printablePath(file)));
    setButtons(false);
    m_retry->setVisible(!file.isEmpty());
    m_retry->setDefault(true);
}

} // namespace ReleaseDeck
