package ctxbench.context;

import ctxbench.runtime.GoPanic;

/**
 * Go: {@code context.valueCtx}: one key-value pair on top of a parent, to which everything else
 * is delegated. A chain of {@code WithValue} calls is a linked list, so {@code Value} costs one
 * step per node between the caller and the key: O(n), the cost seeds/004 measures.
 */
final class ValueCtx extends DelegatingCtx {
    final Object key;
    final Object val;

    private ValueCtx(Context parent, Object key, Object val) {
        super(parent);
        this.key = key;
        this.val = val;
    }

    /**
     * Go: {@code WithValue}, with its panics for a nil parent, a nil key and a key that is not
     * comparable. A Java array stands in for Go's non-comparable key types (a slice such as
     * {@code []byte}): its {@code equals} is identity, where Go refuses the key outright.
     */
    static Context withValue(Context parent, Object key, Object val) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
        if (key == null) {
            throw new GoPanic("nil key");
        }
        if (key.getClass().isArray()) {
            throw new GoPanic("key is not comparable");
        }
        return new ValueCtx(parent, key, val);
    }

    @Override
    public Object value(Object key) {
        if (this.key == key || this.key.equals(key)) {
            return val;
        }
        return CancelCtx.value(parent, key);
    }

    /**
     * Go 1.21: {@code valueCtx.String}: {@code contextName(parent) + ".WithValue(type " +
     * reflectlite.TypeOf(key).String() + ", val " + stringify(val) + ")"}.
     */
    @Override
    public String toString() {
        return ContextNames.contextName(parent) + ".WithValue(type " + ContextNames.typeName(key.getClass())
                + ", val " + ContextNames.stringify(val) + ")";
    }
}
