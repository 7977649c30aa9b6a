fn main() {
    let r = Rc::new(5);
    let c: Cell<i32> = Cell::new(1);
    println!("{}", r);
}
