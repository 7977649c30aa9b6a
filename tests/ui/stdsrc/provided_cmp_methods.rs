// The comparison traits' provided methods called by name: `ne` of `PartialEq`,
// `lt`/`le`/`gt`/`ge` of `PartialOrd`, on derived and hand-written impls, primitives,
// strings and a bounded parameter.
#[derive(Debug, PartialEq, PartialOrd)]
struct Version(u32, u32);

struct Loose(i32);

impl PartialEq for Loose {
    fn eq(&self, other: &Loose) -> bool {
        self.0.abs() == other.0.abs()
    }
}

fn differ<T: PartialEq>(a: &T, b: &T) -> bool {
    a.ne(b)
}

fn older<T: PartialOrd>(a: &T, b: &T) -> bool {
    a.lt(b)
}

fn main() {
    let v1 = Version(1, 2);
    let v2 = Version(1, 10);
    println!("{} {}", v1.ne(&v2), v1.ne(&Version(1, 2)));
    println!("{} {} {} {}", v1.lt(&v2), v1.le(&v2), v1.gt(&v2), v1.ge(&v1));
    println!("{} {}", Loose(3).ne(&Loose(-3)), differ(&Loose(1), &Loose(2)));
    println!("{} {}", older(&v2, &v1), older(&2.5, &3.0));
    println!("{} {} {}", 3.ne(&2), 7u8.ge(&7), 'a'.gt(&'b'));
    println!("{} {}", 2.5f64.lt(&1.0), f64::NAN.le(&f64::NAN));
    let word: &str = "pear";
    println!("{} {}", word.ne("peach"), word.lt("plum"));
    let s = String::from("kiwi");
    println!("{} {}", s.ne(&String::from("kiwi")), s.ge(&String::from("fig")));
}
