// Methods calling each other through self, on nested structs, with references.
#[derive(Debug)]
struct Engine {
    rpm: u32,
}

#[derive(Debug)]
struct Car {
    engine: Engine,
    km: u32,
}

impl Engine {
    fn rev(&mut self, by: u32) {
        self.rpm += by;
    }

    fn is_fast(&self) -> bool {
        self.rpm > 3000
    }
}

impl Car {
    fn new() -> Self {
        Car { engine: Engine { rpm: 800 }, km: 0 }
    }

    fn drive(&mut self, km: u32) -> &Self {
        self.engine.rev(km * 100);
        self.km += km;
        self
    }

    fn report(&self) -> (u32, bool) {
        (self.km, self.engine.is_fast())
    }

    fn summary(&self) -> u32 {
        let (km, fast) = self.report();
        if fast { km * 2 } else { km }
    }
}

fn main() {
    let mut car = Car::new();
    println!("{:?}", car.drive(10).report());
    println!("{}", car.drive(20).summary());
    let e = &mut car.engine;
    e.rev(1);
    println!("{:?}", car);
}
