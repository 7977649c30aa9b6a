// Nested fields and nested closures capture the precise place too.
struct Inner {
    a: i32,
    b: i32,
}

struct Outer {
    inner: Inner,
    c: i32,
}

fn main() {
    let mut o = Outer { inner: Inner { a: 1, b: 2 }, c: 3 };
    let mut bump_a = || {
        let mut add = |n: i32| o.inner.a += n;
        add(10);
        add(5);
    };
    let b = &mut o.inner.b;
    *b += 1;
    bump_a();
    o.c *= 2;
    println!("{} {} {}", o.inner.a, o.inner.b, o.c);
}
