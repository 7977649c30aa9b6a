// Fully qualified calls: `Trait::method(&x)` and `<Type as Trait>::method(&x)`.
trait Area {
    fn area(&self) -> u32;
}

struct Field {
    w: u32,
    h: u32,
}

impl Area for Field {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let f = Field { w: 7, h: 6 };
    let a = Area::area(&f);
    let b = <Field as Area>::area(&f);
    let c = f.area();
    println!("{a} {b} {c}");
}
