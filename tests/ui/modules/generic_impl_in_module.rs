// A generic impl inside a module names the module's own type; a lifetime-generic impl in
// a nested module, used through `use`.
mod shapes {
    pub struct Pair<T> {
        pub a: T,
        pub b: T,
    }
    impl<T: Copy> Pair<T> {
        pub fn swap(&self) -> Pair<T> {
            Pair { a: self.b, b: self.a }
        }
    }
    pub mod inner {
        pub struct Holder<'a> {
            pub s: &'a str,
        }
        impl<'a> Holder<'a> {
            pub fn first(&self) -> Option<char> {
                self.s.chars().next()
            }
        }
    }
}
use shapes::inner::Holder;

fn main() {
    let p = shapes::Pair { a: 3, b: 7 }.swap();
    let h = Holder { s: "hey" };
    println!("{} {} {:?}", p.a, p.b, h.first());
}
