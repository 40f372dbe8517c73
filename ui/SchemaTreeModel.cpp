// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SchemaTreeModel.h"

#include "core/xdm/Schema.h"

#include <QFont>

namespace ui {

struct SchemaTreeModel::Node
{
    QString name;
    QString path;
    QString type;
    QString title;
    QString description;
    bool required = false;
    QString identityNamespace;
    bool primary = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    QString marks() const
    {
        QStringList out;
        if (required) {
            out.append(SchemaTreeModel::tr("required"));
        }
        if (!identityNamespace.isEmpty()) {
            out.append(primary ? SchemaTreeModel::tr("primary identity (%1)").arg(identityNamespace)
                               : SchemaTreeModel::tr("identity (%1)").arg(identityNamespace));
        }
        return out.join(QStringLiteral(", "));
    }
};

namespace {

QString typeText(const core::xdm::Field &field)
{
    const QString type = QString::fromLatin1(core::xdm::xdmTypeName(field.type));
    if (field.type == core::xdm::XdmType::Array && field.items) {
        return QStringLiteral("%1<%2>").arg(type, typeText(*field.items));
    }
    if (field.type == core::xdm::XdmType::Map && field.values) {
        return QStringLiteral("%1<%2>").arg(type, typeText(*field.values));
    }
    return type;
}

// The field whose properties are shown under a field: the object itself, or an array's items.
const core::xdm::Field &propertiesOf(const core::xdm::Field &field)
{
    if (field.type == core::xdm::XdmType::Array && field.items) {
        return *field.items;
    }
    return field;
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::addChildren(Node *node, const core::xdm::Field &field,
                                  const core::xdm::Schema &schema)
{
    const core::xdm::Field &container = propertiesOf(field);
    for (const auto &child : container.children) {
        auto item = std::make_unique<Node>();
        item->name = core::toQString(child->name);
        item->path = node->path.isEmpty() ? item->name : node->path + QLatin1Char('.') + item->name;
        item->type = typeText(*child);
        item->title = core::toQString(child->title);
        item->description = core::toQString(child->description);
        item->required = container.isRequired(child->name);
        item->parent = node;
        item->row = int(node->children.size());

        for (const core::xdm::IdentityDescriptor &descriptor : schema.identityDescriptors()) {
            QStringList parts;
            for (const std::string &part : descriptor.path) {
                parts.append(core::toQString(part));
            }
            if (parts.join(QLatin1Char('.')) == item->path) {
                item->identityNamespace = core::toQString(descriptor.namespaceCode);
                item->primary = descriptor.primary;
            }
        }
        addChildren(item.get(), *child, schema);
        node->children.push_back(std::move(item));
    }
}

void SchemaTreeModel::setSchema(const core::xdm::Schema *schema)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (schema) {
        addChildren(m_root.get(), schema->root(), *schema);
    }
    endResetModel();
}

QList<QPair<QString, QString>> SchemaTreeModel::fieldPaths() const
{
    QList<QPair<QString, QString>> out;
    std::vector<const Node *> stack = {m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node != m_root.get()) {
            out.append({node->path, node->type});
        }
        for (auto child = node->children.rbegin(); child != node->children.rend(); ++child) {
            stack.push_back(child->get());
        }
    }
    return out;
}

SchemaTreeModel::Node *SchemaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeOf(index);
    if (role == PathRole) {
        return node->path;
    }
    if (role == Qt::ToolTipRole) {
        return node->description.isEmpty() ? node->path
                                           : node->path + QLatin1Char('\n') + node->description;
    }
    if (role == Qt::FontRole && index.column() == NameColumn && node->primary) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return node->required ? node->name + QStringLiteral(" *") : node->name;
    case TypeColumn:
        return node->type;
    case MarksColumn:
        return node->marks();
    case TitleColumn:
        return node->title;
    }
    return {};
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case MarksColumn:
        return tr("Marks");
    case TitleColumn:
        return tr("Title");
    }
    return {};
}

} // namespace ui
