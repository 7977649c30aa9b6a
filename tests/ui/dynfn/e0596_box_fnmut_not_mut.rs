// Calling a boxed `FnMut` borrows the box mutably: the binding needs `mut`.
fn main() {
    let mut total = 0;
    let add: Box<dyn FnMut(i32)> = Box::new(move |x| {
        total += x;
        println!("{}", total);
    });
    add(5);
}
