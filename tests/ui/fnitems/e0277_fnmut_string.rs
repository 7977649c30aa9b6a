fn each<F: FnMut(i32, bool)>(mut f: F) {
    f(1, true);
}

fn main() {
    each(String::new());
}
