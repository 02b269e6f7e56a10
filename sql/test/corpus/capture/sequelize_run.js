// Drive Sequelize 6 (mysql dialect, mysql2 driver) through sync, CRUD,
// associations, transactions and query-interface calls.
// usage: node sequelize_run.js PORT      (run with NODE_PATH pointing at an
// npm install of sequelize and mysql2)
'use strict';
const { Sequelize, DataTypes, Op, QueryTypes, Transaction } = require('sequelize');

const port = Number(process.argv[2]);
const sequelize = new Sequelize('seq', 'root', '', {
  host: '127.0.0.1', port, dialect: 'mysql', logging: false,
  define: { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
});

const User = sequelize.define('User', {
  id: { type: DataTypes.INTEGER.UNSIGNED, autoIncrement: true, primaryKey: true },
  username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
  email: { type: DataTypes.STRING, allowNull: false, validate: { isEmail: true } },
  firstName: { type: DataTypes.STRING(100), field: 'first_name' },
  age: { type: DataTypes.TINYINT.UNSIGNED, defaultValue: 18 },
  score: { type: DataTypes.DECIMAL(10, 3), defaultValue: 0 },
  rating: DataTypes.FLOAT,
  weight: DataTypes.DOUBLE,
  active: { type: DataTypes.BOOLEAN, defaultValue: true },
  role: { type: DataTypes.ENUM('admin', 'editor', 'viewer'), defaultValue: 'viewer' },
  bio: DataTypes.TEXT,
  longBio: DataTypes.TEXT('long'),
  settings: DataTypes.JSON,
  avatar: DataTypes.BLOB,
  birthDate: DataTypes.DATEONLY,
  lastLogin: DataTypes.DATE(3),
  uuid: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4 },
  big: DataTypes.BIGINT,
}, { tableName: 'users', paranoid: true, indexes: [
  { fields: ['email'] },
  { name: 'users_role_active', fields: ['role', 'active'] },
  { unique: true, fields: ['uuid'] },
] });

const Profile = sequelize.define('Profile', {
  website: DataTypes.STRING,
  twitter: DataTypes.STRING(30),
}, { tableName: 'profiles', timestamps: false });

const Project = sequelize.define('Project', {
  title: { type: DataTypes.STRING, allowNull: false },
  budget: { type: DataTypes.DECIMAL(12, 2), allowNull: true },
  status: { type: DataTypes.STRING(20), defaultValue: 'open' },
  startsAt: DataTypes.DATE,
}, { tableName: 'projects', underscored: true });

const Task = sequelize.define('Task', {
  name: DataTypes.STRING,
  done: { type: DataTypes.BOOLEAN, defaultValue: false },
  priority: { type: DataTypes.INTEGER, defaultValue: 3 },
  due: DataTypes.DATEONLY,
}, { tableName: 'tasks' });

const Tag = sequelize.define('Tag', {
  label: { type: DataTypes.STRING(40), unique: true },
}, { tableName: 'tags', timestamps: false });

User.hasOne(Profile, { foreignKey: 'userId', onDelete: 'CASCADE' });
Profile.belongsTo(User, { foreignKey: 'userId' });
User.hasMany(Project, { as: 'projects', foreignKey: 'ownerId' });
Project.belongsTo(User, { as: 'owner', foreignKey: 'ownerId' });
Project.hasMany(Task, { foreignKey: 'projectId', onDelete: 'CASCADE', onUpdate: 'CASCADE' });
Task.belongsTo(Project, { foreignKey: 'projectId' });
Project.belongsToMany(Tag, { through: 'project_tags', foreignKey: 'projectId', otherKey: 'tagId' });
Tag.belongsToMany(Project, { through: 'project_tags', foreignKey: 'tagId', otherKey: 'projectId' });

async function main() {
  await sequelize.authenticate();
  await sequelize.sync({ force: true });
  await sequelize.sync({ alter: true });

  const alice = await User.create({
    username: 'alice', email: 'alice@example.com', firstName: "Alice O'Neil", age: 30,
    score: 12.5, rating: 4.5, weight: 61.25, role: 'admin', bio: 'Likes "quotes" and \\backslashes\\',
    settings: { theme: 'dark', tags: ['a', 'b'] }, avatar: Buffer.from([0, 1, 2, 255]),
    birthDate: '1994-03-04', lastLogin: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)), big: 9007199254740991,
  });
  await Profile.create({ userId: alice.id, website: 'https://example.com/~alice?x=1&y=2', twitter: '@alice' });
  const users = await User.bulkCreate([
    { username: 'bob', email: 'bob@example.com', age: 25, role: 'editor' },
    { username: 'carol', email: 'carol@example.com', age: 41, bio: null },
    { username: 'dave', email: 'dave@example.com', firstName: 'Dävé 🚀', age: 19, active: false },
  ]);
  await User.bulkCreate([
    { id: 2, username: 'bob', email: 'bob2@example.com', age: 26 },
    { id: 99, username: 'eve', email: 'eve@example.com', age: 33 },
  ], { updateOnDuplicate: ['email', 'age'] });
  await User.bulkCreate([{ id: 3, username: 'carol', email: 'c@example.com' }], { ignoreDuplicates: true });

  const p1 = await Project.create({ title: 'Apollo', budget: 1000000.5, ownerId: alice.id, startsAt: new Date(Date.UTC(2024, 5, 1)) });
  const p2 = await Project.create({ title: 'Gemini', ownerId: users[0].id, status: 'closed' });
  await Task.bulkCreate([
    { name: 'design', projectId: p1.id, priority: 1, due: '2024-07-01' },
    { name: 'build', projectId: p1.id, priority: 2 },
    { name: 'test', projectId: p2.id, done: true },
  ]);
  const [t1, t2] = await Tag.bulkCreate([{ label: 'space' }, { label: 'nasa' }]);
  await p1.addTags([t1, t2]);
  await p2.addTag(t1);
  await p1.getTags();
  await p1.countTasks();
  await alice.getProjects({ where: { status: 'open' } });
  await p2.setTags([t2]);

  await User.findAll();
  await User.findAll({ attributes: ['id', 'username', ['first_name', 'name']], raw: true });
  await User.findAll({ attributes: { exclude: ['avatar', 'longBio'] } });
  await User.findByPk(1);
  await User.findOne({ where: { username: 'alice' } });
  await User.findOne({ where: { email: { [Op.like]: '%@example.com' } }, order: [['id', 'DESC']] });
  await User.findAll({ where: { age: { [Op.gt]: 20, [Op.lte]: 40 } } });
  await User.findAll({ where: { age: { [Op.between]: [18, 30] } } });
  await User.findAll({ where: { age: { [Op.notBetween]: [18, 30] } } });
  await User.findAll({ where: { role: { [Op.in]: ['admin', 'editor'] } } });
  await User.findAll({ where: { id: { [Op.notIn]: [1, 2] } } });
  await User.findAll({ where: { id: [1, 2, 3] } });
  await User.findAll({ where: { bio: null } });
  await User.findAll({ where: { bio: { [Op.ne]: null } } });
  await User.findAll({ where: { bio: { [Op.not]: null }, active: true } });
  await User.findAll({ where: { [Op.or]: [{ username: 'alice' }, { age: { [Op.lt]: 20 } }] } });
  await User.findAll({ where: { [Op.and]: [{ active: true }, { [Op.or]: [{ role: 'admin' }, { role: 'editor' }] }] } });
  await User.findAll({ where: { username: { [Op.startsWith]: 'a' } } });
  await User.findAll({ where: { username: { [Op.endsWith]: 'e' } } });
  await User.findAll({ where: { username: { [Op.substring]: 'ar' } } });
  await User.findAll({ where: { username: { [Op.notLike]: 'x%' } } });
  await User.findAll({ where: { username: { [Op.regexp]: '^[a-c]' } } });
  await User.findAll({ where: { age: { [Op.gte]: 30, [Op.ne]: 33 } } });
  await User.findAll({ where: { email: { [Op.eq]: 'bob2@example.com' } } });
  await User.findAll({ where: sequelize.where(sequelize.fn('lower', sequelize.col('username')), 'alice') });
  await User.findAll({ where: sequelize.literal('age > 20 AND `role` = \'viewer\'') });
  await User.findAll({ where: { settings: { theme: 'dark' } } });
  await User.findAll({ order: [['age', 'DESC'], ['username', 'ASC']], limit: 2, offset: 1 });
  await User.findAll({ order: sequelize.random(), limit: 1 });
  await User.findAll({ order: [[sequelize.fn('length', sequelize.col('username')), 'DESC']] });
  await User.findAll({ paranoid: false, where: { active: false } });
  await User.findAll({
    attributes: ['role', [sequelize.fn('COUNT', sequelize.col('id')), 'n'], [sequelize.fn('AVG', sequelize.col('age')), 'avgAge']],
    group: ['role'], having: sequelize.where(sequelize.fn('COUNT', sequelize.col('id')), { [Op.gt]: 0 }), raw: true,
  });
  await User.findAll({ include: Profile });
  await User.findAll({ include: [{ model: Project, as: 'projects', include: [Task, Tag] }] });
  await User.findAll({ include: [{ model: Project, as: 'projects', where: { status: 'open' }, required: true }], limit: 5 });
  await Project.findAll({ include: [{ model: User, as: 'owner', attributes: ['username'] }, { model: Task, where: { done: false }, required: false }], order: [[Task, 'priority', 'ASC']] });
  await Project.findAll({ include: { model: Tag, through: { attributes: [] } } });
  await Project.findAll({ attributes: { include: [[sequelize.literal('(SELECT COUNT(*) FROM tasks WHERE tasks.projectId = Project.id)'), 'taskCount']] } });
  await User.findAndCountAll({ where: { active: true }, limit: 2, offset: 0 });
  await User.count();
  await User.count({ where: { role: 'viewer' }, distinct: true, col: 'email' });
  await User.max('age');
  await User.min('age', { where: { active: true } });
  await User.sum('score');
  await User.aggregate('age', 'avg', { plain: true });
  await Task.count({ group: ['projectId'] });
  await User.findOrCreate({ where: { username: 'frank' }, defaults: { email: 'frank@example.com' } });
  await User.upsert({ id: 1, username: 'alice', email: 'alice@new.example.com' });

  await User.update({ active: false, bio: 'Updated\nline' }, { where: { age: { [Op.lt]: 20 } } });
  await alice.update({ score: 99.125 });
  alice.age = 31;
  await alice.save();
  await alice.reload();
  await alice.increment('score', { by: 2 });
  await alice.increment({ age: 1, score: 0.5 });
  await alice.decrement('age');
  await User.increment({ age: 5 }, { where: { role: 'editor' } });
  await Project.update({ budget: sequelize.literal('budget * 1.1') }, { where: { budget: { [Op.ne]: null } } });
  await Task.destroy({ where: { done: true } });
  await User.destroy({ where: { username: 'dave' } });
  await User.restore({ where: { username: 'dave' } });
  await User.destroy({ where: { username: 'eve' }, force: true });

  await sequelize.transaction(async (t) => {
    const u = await User.create({ username: 'gina', email: 'gina@example.com' }, { transaction: t });
    await Project.create({ title: 'Mercury', ownerId: u.id }, { transaction: t });
    await User.findAll({ where: { id: u.id }, lock: t.LOCK.UPDATE, transaction: t });
    await User.findAll({ where: { id: u.id }, lock: t.LOCK.SHARE, transaction: t });
  });
  const t = await sequelize.transaction({ isolationLevel: Transaction.ISOLATION_LEVELS.READ_COMMITTED });
  try {
    await User.update({ age: 50 }, { where: { username: 'bob' }, transaction: t });
    throw new Error('rollback please');
  } catch (e) {
    await t.rollback();
  }
  const t3 = await sequelize.transaction({ isolationLevel: Transaction.ISOLATION_LEVELS.SERIALIZABLE });
  await User.findOne({ where: { username: 'bob' }, transaction: t3 });
  await t3.commit();

  await sequelize.query('SELECT * FROM users WHERE username = ? AND age > ?', { replacements: ['alice', 1], type: QueryTypes.SELECT });
  await sequelize.query('SELECT * FROM users WHERE username = :name', { replacements: { name: "o'brien" }, type: QueryTypes.SELECT });
  await sequelize.query('SELECT id, username FROM users WHERE id IN (:ids)', { replacements: { ids: [1, 2, 3] }, type: QueryTypes.SELECT });
  await sequelize.query('SELECT * FROM users WHERE id = $1 OR username = $2', { bind: [1, 'bob'], type: QueryTypes.SELECT });
  await sequelize.query('UPDATE tasks SET priority = priority + 1 WHERE projectId = $id', { bind: { id: p1.id } });

  const qi = sequelize.getQueryInterface();
  await qi.showAllTables();
  await qi.describeTable('users');
  await qi.addColumn('tasks', 'notes', { type: DataTypes.STRING(500), allowNull: true, defaultValue: 'none' });
  await qi.changeColumn('tasks', 'notes', { type: DataTypes.TEXT });
  await qi.renameColumn('tasks', 'notes', 'remarks');
  await qi.addIndex('tasks', ['name', 'priority'], { name: 'tasks_name_priority' });
  await qi.addIndex('tasks', { fields: ['due'], unique: false, name: 'tasks_due' });
  await qi.showIndex('tasks');
  await qi.removeIndex('tasks', 'tasks_due');
  await qi.addConstraint('tasks', { fields: ['priority'], type: 'check', where: { priority: { [Op.gte]: 0 } }, name: 'tasks_priority_ck' });
  await qi.addConstraint('tags', { fields: ['label'], type: 'unique', name: 'tags_label_uq' });
  await qi.getForeignKeyReferencesForTable('tasks');
  await qi.removeConstraint('tags', 'tags_label_uq');
  await qi.removeColumn('tasks', 'remarks');
  await qi.createTable('scratch', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    k: { type: DataTypes.STRING(10), unique: true },
    v: { type: DataTypes.INTEGER, defaultValue: 0, comment: "a 'value'" },
    createdAt: DataTypes.DATE, updatedAt: DataTypes.DATE,
  });
  await qi.bulkInsert('scratch', [{ k: 'a', v: 1 }, { k: 'b', v: 2 }]);
  await qi.bulkUpdate('scratch', { v: 3 }, { k: 'a' });
  await qi.bulkDelete('scratch', { k: 'b' });
  await qi.renameTable('scratch', 'scratch2');
  await qi.dropTable('scratch2');

  await sequelize.drop();
  await sequelize.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
