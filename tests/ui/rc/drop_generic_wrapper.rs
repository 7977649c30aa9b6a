// A Drop impl for a generic type; values in a Box and in a tuple are dropped too.
struct Named<T> {
    label: &'static str,
    value: T,
}

impl<T> Drop for Named<T> {
    fn drop(&mut self) {
        println!("drop named {}", self.label);
    }
}

fn main() {
    let a = Named { label: "int", value: 1 };
    let b = Box::new(Named { label: "boxed", value: "text" });
    let pair = (Named { label: "char", value: 'x' }, Named { label: "float", value: 2.5 });
    println!("{} {} {} {}", a.value, b.value, pair.0.value, pair.1.value);
}
