// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskDetailsWidget.h"

#include "DisplayText.h"
#include "Icons.h"
#include "StatisticsChart.h"
#include "StatisticsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

TaskDetailsWidget::TaskDetailsWidget(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_statistics(new StatisticsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"taskDetails"_s);
    setAccessibleName(tr("Task details"));

    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select a task to see its details and statistics."));
    m_placeholder->setEnabled(false);

    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto* header = new QHBoxLayout;
    header->addWidget(m_statusIcon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    addSection(m_form, tr("Task"));
    addField(m_form, tr("Id:"), u"id"_s);
    addField(m_form, tr("Status:"), u"status"_s);
    addField(m_form, tr("Created:"), u"created"_s);
    addField(m_form, tr("Last started:"), u"lastStarted"_s);

    addSection(m_form, tr("Source"));
    addField(m_form, tr("Cloud:"), u"sourceCloud"_s);
    addField(m_form, tr("Region:"), u"sourceRegion"_s);
    addField(m_form, tr("Bucket:"), u"sourceBucket"_s);
    addField(m_form, tr("App id:"), u"appId"_s);
    addField(m_form, tr("CDN domain:"), u"cdnDomain"_s);
    addField(m_form, tr("CDN protocol:"), u"cdnProtocol"_s);
    addField(m_form, tr("CDN authentication:"), u"cdnAuthentication"_s);

    addSection(m_form, tr("Destination"));
    addField(m_form, tr("Region:"), u"destinationRegion"_s);
    addField(m_form, tr("Bucket:"), u"destinationBucket"_s);
    addField(m_form, tr("Storage class:"), u"storagePolicy"_s);

    addSection(m_form, tr("Options"));
    addField(m_form, tr("Overwrite:"), u"overwriteMode"_s);
    addField(m_form, tr("Consistency check:"), u"consistencyCheck"_s);
    addField(m_form, tr("Metadata migration:"), u"metadataMigration"_s);
    addField(m_form, tr("Restore archived objects:"), u"restore"_s);
    addField(m_form, tr("KMS encryption:"), u"kms"_s);

    addSection(m_form, tr("This month"));
    addField(m_form, tr("Requests:"), u"monthlyRequests"_s);
    addField(m_form, tr("Synchronized:"), u"monthlySuccess"_s);
    addField(m_form, tr("Failed:"), u"monthlyFailure"_s);
    addField(m_form, tr("Skipped:"), u"monthlySkip"_s);
    addField(m_form, tr("Data:"), u"monthlySize"_s);

    addSection(m_form, tr("Object lists in the destination bucket"));
    m_failedList = addLocation(m_form, tr("Failed objects:"), u"failedObjectList"_s);
    m_skippedList = addLocation(m_form, tr("Skipped objects:"), u"skippedObjectList"_s);

    auto* formWidget = new QWidget;
    auto* formLayout = new QVBoxLayout(formWidget);
    formLayout->addLayout(header);
    formLayout->addLayout(m_form);
    formLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailsScroll"_s);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields inside take the focus, and the area scrolls to them; a stop
    // on the area itself would be one more Tab press announcing nothing.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setMinimumWidth(300);

    m_splitter->setObjectName(u"detailsSplitter"_s);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_statistics);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({440, 640});
    m_splitter->setChildrenCollapsible(false);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setTask(std::nullopt);
}

StatisticsChart* TaskDetailsWidget::chart() const
{
    return m_statistics->chart();
}

void TaskDetailsWidget::addSection(QFormLayout* form, const QString& title)
{
    auto* label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, form->rowCount() > 0 ? 8 : 0, 0, 0);
    form->addRow(label);
}

QLabel* TaskDetailsWidget::addField(QFormLayout* form, const QString& label, const QString& name)
{
    auto* field = new QLabel;
    field->setObjectName(name);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Ids and bucket names read as one word: broken at a hyphen they mislead.
    static const QStringList unbroken {u"id"_s, u"sourceBucket"_s, u"destinationBucket"_s,
                                       u"appId"_s, u"cdnDomain"_s};
    field->setWordWrap(!unbroken.contains(name));
    field->setMinimumWidth(120);
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, field);
    m_fields.insert(name, field);
    return field;
}

QLineEdit* TaskDetailsWidget::addLocation(QFormLayout* form, const QString& label,
                                          const QString& name)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setAccessibleName(DisplayText::plainLabel(label));
    auto* copy = new QToolButton;
    copy->setObjectName(name + u"Copy"_s);
    copy->setIcon(Icons::action(u"copy"_s));
    copy->setToolTip(tr("Copy the location"));
    copy->setAccessibleName(tr("Copy %1").arg(DisplayText::plainLabel(label)));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this,
            [edit] { QApplication::clipboard()->setText(edit->text()); });
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(copy);
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, row);
    return edit;
}

void TaskDetailsWidget::setField(const QString& name, const QString& text)
{
    if (QLabel* field = m_fields.value(name)) {
        field->setText(text.isEmpty() ? tr("—") : text);
    }
}

void TaskDetailsWidget::setRowShown(const QString& name, bool shown)
{
    if (QLabel* field = m_fields.value(name)) {
        m_form->setRowVisible(field, shown);
    }
}

QString TaskDetailsWidget::fieldText(const QString& name) const
{
    if (const QLabel* field = m_fields.value(name)) {
        return field->text();
    }
    if (const auto* edit = findChild<QLineEdit*>(name)) {
        return edit->text();
    }
    return {};
}

void TaskDetailsWidget::showSelectionCount(int count)
{
    m_task.reset();
    m_placeholder->setText(tr("%n tasks selected.", nullptr, count));
    m_pages->setCurrentWidget(m_placeholder);
}

void TaskDetailsWidget::setTask(const std::optional<SyncTask>& task)
{
    const bool sameTask = task && m_task && task->id == m_task->id;
    m_task = task;
    if (!task) {
        m_placeholder->setText(tr("Select a task to see its details and statistics."));
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    m_pages->setCurrentWidget(m_splitter);
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_statusIcon->setPixmap(
        Icons::taskStatus(task->status).pixmap(QSize(side, side), devicePixelRatioF()));
    m_statusIcon->setAccessibleName(DisplayText::taskStatus(*task));
    m_title->setText(task->displayName());

    setField(u"id"_s, task->id);
    setField(u"status"_s, DisplayText::taskStatus(*task));
    setField(u"created"_s, DisplayText::exactTime(task->createTime));
    setField(u"lastStarted"_s, DisplayText::exactTime(task->lastStartTime));

    setField(u"sourceCloud"_s, DisplayText::cloud(task->srcCloudType));
    setField(u"sourceRegion"_s, task->srcRegion);
    setField(u"sourceBucket"_s, task->srcBucket);
    setField(u"appId"_s, task->appId);
    setRowShown(u"appId"_s, !task->appId.isEmpty());
    const bool cdn = task->sourceCdn.has_value();
    setField(u"cdnDomain"_s, cdn ? task->sourceCdn->domain : QString());
    setField(u"cdnProtocol"_s, cdn ? task->sourceCdn->protocol : QString());
    setField(u"cdnAuthentication"_s, cdn ? task->sourceCdn->authenticationType : QString());
    for (const QString& name : {u"cdnDomain"_s, u"cdnProtocol"_s, u"cdnAuthentication"_s}) {
        setRowShown(name, cdn);
    }

    setField(u"destinationRegion"_s,
             task->dstRegion.isEmpty()
                 ? QString()
                 : tr("%1 (%2)").arg(DisplayText::region(task->dstRegion), task->dstRegion));
    setField(u"destinationBucket"_s, task->dstBucket);
    setField(u"storagePolicy"_s, DisplayText::storagePolicy(task->dstStoragePolicy));

    setField(u"overwriteMode"_s, DisplayText::overwriteMode(task->objectOverwriteMode));
    setField(u"consistencyCheck"_s, task->consistencyCheck);
    setField(u"metadataMigration"_s, DisplayText::yesNo(task->enableMetadataMigration));
    setField(u"restore"_s, DisplayText::yesNo(task->enableRestore));
    setField(u"kms"_s, DisplayText::yesNo(task->enableKms));

    if (task->monthly) {
        setField(u"monthlyRequests"_s, DisplayText::count(task->monthly->requests));
        setField(u"monthlySuccess"_s, DisplayText::count(task->monthly->successObjects));
        setField(u"monthlyFailure"_s, DisplayText::count(task->monthly->failureObjects));
        setField(u"monthlySkip"_s, DisplayText::count(task->monthly->skipObjects));
        setField(u"monthlySize"_s, DisplayText::dataSize(task->monthly->sizeBytes));
    } else {
        for (const QString& name : {u"monthlyRequests"_s, u"monthlySuccess"_s, u"monthlyFailure"_s,
                                    u"monthlySkip"_s, u"monthlySize"_s}) {
            setField(name, tr("Loading…"));
        }
    }

    m_failedList->setText(
        DisplayText::bucketLocation(task->dstBucket, task->failedObjectListPrefix()));
    m_skippedList->setText(
        DisplayText::bucketLocation(task->dstBucket, task->skippedObjectListPrefix()));
    m_failedList->setCursorPosition(0);
    m_skippedList->setCursorPosition(0);

    m_statistics->setTask(task->id, task->displayName());
    if (!sameTask) {
        m_statistics->showMessage(tr("Loading the statistics…"));
    }
}

} // namespace OmsSync::Gui
