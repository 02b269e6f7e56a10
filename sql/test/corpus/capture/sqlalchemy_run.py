"""Drive SQLAlchemy 1.4 (mysql+pymysql) through DDL, ORM and Core work
against a MariaDB server and save what it sent (general log) as JSON lines.

usage: /usr/bin/python3 sqlalchemy_run.py PORT OUT.jsonl
"""
import datetime
import decimal
import enum
import json
import sys

from sqlalchemy import (JSON, Boolean, CheckConstraint, Column, Date, DateTime,
                        Enum, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, Numeric, SmallInteger, String, Table, Text,
                        Time, UniqueConstraint, and_, between, case, create_engine,
                        delete, distinct, exists, func, insert, inspect, literal,
                        not_, or_, select, text, tuple_, union_all, update)
from sqlalchemy.dialects.mysql import insert as mysql_insert
from sqlalchemy.dialects.mysql import BIGINT, MEDIUMTEXT, TINYINT, VARBINARY
from sqlalchemy.orm import (Session, aliased, declarative_base, joinedload,
                            relationship, selectinload, subqueryload)
from sqlalchemy.sql import column, table

from glog import Capture

port, out = sys.argv[1], sys.argv[2]
Base = declarative_base()


class Status(enum.Enum):
    active = "active"
    suspended = "suspended"
    deleted = "deleted"


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(50), nullable=False, index=True)
    email = Column(String(120), nullable=False, unique=True)
    fullname = Column(String(200), server_default="", comment="display name")
    status = Column(Enum(Status), nullable=False, server_default="active")
    is_admin = Column(Boolean, nullable=False, server_default="0")
    karma = Column(Integer, server_default=text("10"))
    balance = Column(Numeric(12, 2), nullable=False, default=decimal.Decimal("0.00"))
    ratio = Column(Float)
    bio = Column(Text)
    avatar = Column(LargeBinary)
    prefs = Column(JSON)
    created_at = Column(DateTime, server_default=func.now(), nullable=False)
    updated_at = Column(DateTime, server_default=text("CURRENT_TIMESTAMP"),
                        onupdate=func.now())
    birthday = Column(Date)
    wake_up = Column(Time)
    addresses = relationship("Address", back_populates="user",
                             cascade="all, delete-orphan")
    orders = relationship("Order", back_populates="user")
    __table_args__ = (
        CheckConstraint("karma >= 0", name="ck_users_karma"),
        {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4",
         "comment": "registered users"},
    )


class Address(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"),
                     nullable=False)
    street = Column(String(200), nullable=False)
    city = Column(String(100), nullable=False)
    zip = Column(String(10))
    country = Column(String(2), nullable=False, server_default="US")
    user = relationship("User", back_populates="addresses")
    __table_args__ = (
        UniqueConstraint("user_id", "street", "city", name="uq_address"),
        Index("ix_addr_city_zip", "city", "zip"),
    )


class Product(Base):
    __tablename__ = "products"
    id = Column(BIGINT(unsigned=True), primary_key=True)
    sku = Column(String(32), nullable=False, unique=True)
    title = Column(String(255), nullable=False)
    description = Column(MEDIUMTEXT)
    price = Column(Numeric(10, 2), nullable=False)
    stock = Column(SmallInteger, nullable=False, server_default="0")
    active = Column(TINYINT(1), nullable=False, server_default="1")
    checksum = Column(VARBINARY(16))
    attributes = Column(JSON)


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id", ondelete="SET NULL",
                                         onupdate="CASCADE"))
    placed_at = Column(DateTime, nullable=False, default=datetime.datetime(2024, 1, 2, 3, 4, 5))
    state = Column(Enum("new", "paid", "shipped", "cancelled", name="order_state"),
                   nullable=False, server_default="new")
    total = Column(Numeric(12, 2), nullable=False, server_default="0.00")
    note = Column(String(500), nullable=True)
    user = relationship("User", back_populates="orders")
    items = relationship("OrderItem", back_populates="order",
                         cascade="all, delete-orphan")
    __table_args__ = (Index("ix_orders_user_placed", "user_id", "placed_at"),)


class OrderItem(Base):
    __tablename__ = "order_items"
    order_id = Column(Integer, ForeignKey("orders.id", ondelete="CASCADE"),
                      primary_key=True)
    product_id = Column(BIGINT(unsigned=True), ForeignKey("products.id"),
                        primary_key=True)
    quantity = Column(Integer, nullable=False, default=1)
    unit_price = Column(Numeric(10, 2), nullable=False)
    order = relationship("Order", back_populates="items")
    product = relationship("Product")


meta2 = MetaData()
audit = Table(
    "audit_log", meta2,
    Column("id", BIGINT, primary_key=True, autoincrement=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Integer),
    Column("action", Enum("insert", "update", "delete"), nullable=False),
    Column("payload", JSON),
    Column("at", DateTime(timezone=False), server_default=func.current_timestamp()),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8mb4",
    mysql_collate="utf8mb4_unicode_ci",
)

cap = Capture(port)
cap._exec("DROP DATABASE IF EXISTS sqla")
cap._exec("CREATE DATABASE sqla CHARACTER SET utf8mb4")
cap.start()

engine = create_engine(
    "mysql+pymysql://root@127.0.0.1:%s/sqla?charset=utf8mb4" % port, future=True)

Base.metadata.drop_all(engine)
Base.metadata.create_all(engine)
meta2.create_all(engine)

with Session(engine) as s:
    u1 = User(name="alice", email="alice@example.com", fullname="Alice O'Hara",
              status=Status.active, is_admin=True, karma=42,
              balance=decimal.Decimal("1234.56"), ratio=0.25,
              bio="Line one\nLine two with a backslash \\ and \"quotes\"",
              avatar=b"\x89PNG\r\n\x1a\n\x00\x01\xff", prefs={"theme": "dark", "langs": ["en", "fr"]},
              birthday=datetime.date(1990, 5, 17), wake_up=datetime.time(6, 30))
    u2 = User(name="bob", email="bob@example.com", status=Status.suspended,
              balance=decimal.Decimal("-5.00"), prefs=None, bio=None)
    u3 = User(name="Zoë", email="zoe@example.com", fullname="Zoë Ünicode 日本",
              status=Status.active, balance=decimal.Decimal("0"))
    u1.addresses = [Address(street="1 Main St", city="Springfield", zip="12345"),
                    Address(street="2 Side Rd", city="Shelbyville", zip=None, country="CA")]
    s.add_all([u1, u2, u3])
    s.flush()
    s.add_all([Product(id=i, sku="SKU-%03d" % i, title="Product %d" % i,
                       price=decimal.Decimal("9.99") * i, stock=i * 3,
                       checksum=bytes([i, 0, 255, 39]), attributes={"size": i})
               for i in range(1, 6)])
    s.flush()
    o1 = Order(user=u1, state="paid", total=decimal.Decimal("29.97"), note="gift 'wrap'")
    o2 = Order(user=u2, placed_at=datetime.datetime(2024, 5, 6, 7, 8, 9, 123456))
    s.add_all([o1, o2])
    s.flush()
    s.add_all([OrderItem(order=o1, product_id=1, quantity=3, unit_price=decimal.Decimal("9.99")),
               OrderItem(order=o1, product_id=2, unit_price=decimal.Decimal("19.98")),
               OrderItem(order=o2, product_id=3, quantity=2, unit_price=decimal.Decimal("29.97"))])
    s.commit()

    # ORM queries
    s.execute(select(User).where(User.name == "alice")).scalars().all()
    s.execute(select(User).filter_by(email="bob@example.com")).scalar_one_or_none()
    s.get(User, 1)
    s.execute(select(User).order_by(User.name.desc(), User.id).limit(10).offset(5)).all()
    s.execute(select(User.name, User.email).where(User.name.like("a%"))).all()
    s.execute(select(User).where(User.name.ilike("%LI%"))).all()
    s.execute(select(User).where(User.name.notlike("b%"))).all()
    s.execute(select(User).where(User.id.in_([1, 2, 3]))).all()
    s.execute(select(User).where(User.id.not_in([7, 8]))).all()
    s.execute(select(User).where(User.id.in_([]))).all()
    s.execute(select(User).where(User.karma.between(5, 50))).all()
    s.execute(select(User).where(User.bio.is_(None))).all()
    s.execute(select(User).where(User.bio.isnot(None), User.is_admin.is_(True))).all()
    s.execute(select(User).where(or_(User.name == "alice", and_(User.karma > 5, User.karma <= 100)))).all()
    s.execute(select(User).where(not_(User.status == Status.deleted))).all()
    s.execute(select(User).where(User.name.startswith("al"), User.email.endswith(".com"),
                                 User.fullname.contains("O'H"))).all()
    s.execute(select(User).where(User.created_at >= datetime.datetime(2020, 1, 1),
                                 User.birthday < datetime.date(2000, 1, 1))).all()
    s.execute(select(User).join(User.addresses).where(Address.city == "Springfield")).all()
    s.execute(select(User, Address).join(Address, User.id == Address.user_id, isouter=True)).all()
    s.execute(select(User.name, func.count(Address.id).label("n"))
              .outerjoin(Address).group_by(User.name).having(func.count(Address.id) > 0)
              .order_by(func.count(Address.id).desc())).all()
    s.execute(select(User).options(joinedload(User.addresses))).unique().all()
    s.execute(select(User).options(selectinload(User.addresses), selectinload(User.orders))).all()
    s.execute(select(Order).options(subqueryload(Order.items))).all()
    s.execute(select(Order).join(Order.items).join(OrderItem.product)
              .where(Product.price > 10).distinct()).all()
    s.execute(select(func.count()).select_from(User)).scalar()
    s.execute(select(func.count(distinct(Address.city)))).scalar()
    s.execute(select(func.sum(Order.total), func.avg(Order.total), func.min(Order.placed_at),
                     func.max(Order.placed_at))).one()
    s.execute(select(func.coalesce(User.fullname, User.name, "anon"))).all()
    s.execute(select(User.name, case((User.karma > 40, "high"), (User.karma > 5, "mid"),
                                     else_="low").label("level"))).all()
    s.execute(select(User.name, case({"alice": 1, "bob": 2}, value=User.name, else_=0))).all()
    sub = select(Order.user_id, func.sum(Order.total).label("spent")).group_by(Order.user_id).subquery()
    s.execute(select(User.name, sub.c.spent).join(sub, sub.c.user_id == User.id)
              .where(sub.c.spent > 0)).all()
    s.execute(select(User).where(exists().where(Order.user_id == User.id))).all()
    s.execute(select(User).where(~exists(select(Order.id).where(Order.user_id == User.id)))).all()
    s.execute(select(User).where(User.id.in_(select(Order.user_id).where(Order.state == "paid")))).all()
    s.execute(select(User.name, select(func.count(Order.id)).where(Order.user_id == User.id)
                     .scalar_subquery().label("order_count"))).all()
    a1 = aliased(Address)
    a2 = aliased(Address)
    s.execute(select(a1.street, a2.street).join(a2, and_(a1.city == a2.city, a1.id < a2.id))).all()
    cte = select(Order.user_id, func.count().label("c")).group_by(Order.user_id).cte("order_counts")
    s.execute(select(User.name, cte.c.c).join(cte, cte.c.user_id == User.id)).all()
    s.execute(union_all(select(User.name).where(User.id == 1),
                        select(User.name).where(User.id == 2))).all()
    s.execute(select(User).where(tuple_(User.id, User.name).in_([(1, "alice"), (2, "bob")]))).all()
    s.execute(select(User.prefs["theme"])).all()
    s.execute(select(Product).where(Product.attributes["size"].as_integer() > 2)).all()
    s.execute(select(User).with_for_update()).all()
    s.execute(select(User).with_for_update(read=True)).all()
    s.execute(select(User).with_for_update(nowait=True, of=User)).all()
    s.execute(select(func.now(), func.current_timestamp(), func.lower("ABC"),
                     func.concat("a", "b", "c"), func.date_format(User.created_at, "%Y-%m"))
              .select_from(User)).all()
    s.execute(select(literal("x").label("lit"), literal(1) + User.id)).all()
    s.execute(select(User.name.collate("utf8mb4_bin"))).all()
    s.execute(select(func.row_number().over(partition_by=User.status, order_by=User.karma.desc())
                     .label("rn"), User.name)).all()
    s.execute(select(User.name).order_by(User.name).limit(1)).scalar()
    s.execute(select(User).where(User.name.regexp_match("^a"))).all()

    u = s.get(User, 1)
    u.karma = 43
    u.prefs = {"theme": "light"}
    s.commit()
    u = s.get(User, 2)
    s.delete(u.orders[0])
    s.delete(u)
    s.commit()

    s.execute(update(User).where(User.name == "alice").values(karma=User.karma + 1),
              execution_options={"synchronize_session": False})
    s.execute(update(Product).where(Product.stock < 5).values(stock=0, active=0),
              execution_options={"synchronize_session": False})
    s.execute(delete(Address).where(Address.country != "US"),
              execution_options={"synchronize_session": False})
    s.commit()

with engine.begin() as conn:
    conn.execute(insert(audit), [
        {"table_name": "users", "row_id": 1, "action": "insert", "payload": {"a": 1}},
        {"table_name": "users", "row_id": 2, "action": "update", "payload": None},
        {"table_name": "orders", "row_id": 1, "action": "delete", "payload": [1, "two", None]},
    ])
    conn.execute(insert(audit).values(table_name="x", action="insert"))
    conn.execute(insert(audit).from_select(
        ["table_name", "row_id", "action"],
        select(literal("products"), Product.id, literal("insert")).where(Product.id > 3)))
    stmt = mysql_insert(Product).values(id=1, sku="SKU-001", title="Updated", price=1)
    conn.execute(stmt.on_duplicate_key_update(title=stmt.inserted.title, price=stmt.inserted.price))
    stmt = mysql_insert(Product).values([
        {"id": 9, "sku": "SKU-009", "title": "Nine", "price": 9},
        {"id": 10, "sku": "SKU-010", "title": "Ten", "price": 10}])
    conn.execute(stmt.on_duplicate_key_update(stock=Product.stock + 1, title="dup"))
    conn.execute(mysql_insert(audit).prefix_with("IGNORE").values(id=1, table_name="t", action="insert"))
    conn.execute(update(audit).where(audit.c.row_id.is_(None)).values(row_id=0))
    conn.execute(update(audit).values(payload=None).where(audit.c.action == "delete"))
    conn.execute(delete(audit).where(audit.c.at < datetime.datetime(2000, 1, 1)))
    conn.execute(select(audit.c.action, func.count()).group_by(audit.c.action)).all()
    conn.execute(text("SELECT * FROM audit_log WHERE id > :id ORDER BY id LIMIT :n"),
                 {"id": 0, "n": 5}).all()
    conn.execute(text("UPDATE products SET stock = stock - 1 WHERE id = :id AND stock > 0"), {"id": 1})

with engine.connect() as conn:
    trans = conn.begin()
    conn.execute(insert(audit).values(table_name="rolled", action="insert"))
    trans.rollback()
    with conn.begin():
        nested = conn.begin_nested()
        conn.execute(insert(audit).values(table_name="sp", action="insert"))
        nested.rollback()

# Reflection
insp = inspect(engine)
for t in insp.get_table_names():
    insp.get_columns(t)
    insp.get_pk_constraint(t)
    insp.get_foreign_keys(t)
    insp.get_indexes(t)
    insp.get_unique_constraints(t)
    insp.get_table_comment(t)
    insp.get_check_constraints(t)
insp.get_schema_names()
insp.get_view_names()
insp.has_table("users")
insp.has_table("nope")
reflected = MetaData()
reflected.reflect(bind=engine)

Base.metadata.drop_all(engine)
meta2.drop_all(engine)
engine.dispose()

rows = cap.stop()
with open(out, "w") as f:
    for tid, cmd, arg in rows:
        f.write(json.dumps(["sqlalchemy", tid, cmd, arg]) + "\n")
print(len(rows), "log rows")
