// A struct holding `FnMut` callbacks that keep their own state.
struct Button {
    clicks: Vec<Box<dyn FnMut()>>,
}

impl Button {
    fn click(&mut self) {
        for cb in self.clicks.iter_mut() {
            cb();
        }
    }
}

fn main() {
    let mut b = Button { clicks: Vec::new() };
    b.clicks.push(Box::new(|| println!("clicked")));
    let mut count = 0;
    b.clicks.push(Box::new(move || {
        count += 1;
        println!("count = {}", count);
    }));
    b.click();
    b.click();
    b.click();
}
