// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularClipboard.h"

#include "Csv.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace OmsSync::Gui {

namespace {

QHeaderView* horizontalHeader(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view)) {
        return table->horizontalHeader();
    }
    if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
        return tree->header();
    }
    return nullptr;
}

QString plainText(const QModelIndex& index)
{
    const QVariant plain = index.data(TabularClipboard::PlainTextRole);
    return plain.isValid() ? plain.toString() : index.data(Qt::DisplayRole).toString();
}

} // namespace

QString TabularClipboard::selectionText(const QAbstractItemView* view)
{
    const QItemSelectionModel* selection = view->selectionModel();
    const QAbstractItemModel* model = view->model();
    if (!selection || !model) {
        return {};
    }
    const QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty()) {
        return {};
    }
    const QHeaderView* header = horizontalHeader(view);
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex& index : indexes) {
        if (header && header->isSectionHidden(index.column())) {
            continue;
        }
        if (!rows.contains(index.row())) {
            rows.append(index.row());
        }
        if (!columns.contains(index.column())) {
            columns.append(index.column());
        }
    }
    if (rows.isEmpty()) {
        return {};
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end(), [header](int a, int b) {
        return header ? header->visualIndex(a) < header->visualIndex(b) : a < b;
    });

    QStringList titles;
    for (int column : std::as_const(columns)) {
        titles.append(model->headerData(column, Qt::Horizontal).toString());
    }
    QString text = Csv::tabRow(titles);
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column);
            // A cell left out of a rectangular selection stays empty, so the
            // others keep their places when pasted.
            cells.append(selection->isSelected(index) ? plainText(index) : QString());
        }
        text += Csv::tabRow(cells);
    }
    return text;
}

bool TabularClipboard::copySelection(const QAbstractItemView* view)
{
    const QString text = selectionText(view);
    if (text.isEmpty()) {
        return false;
    }
    QGuiApplication::clipboard()->setText(text);
    return true;
}

} // namespace OmsSync::Gui
