use std::marker::PhantomData;

struct Locked;
struct Unlocked;

struct Vault<State> {
    gold: u32,
    state: PhantomData<State>,
}

impl Vault<Locked> {
    fn new(gold: u32) -> Self {
        Vault { gold, state: PhantomData }
    }
    fn unlock(self, code: u32) -> Result<Vault<Unlocked>, Vault<Locked>> {
        if code == 1234 {
            Ok(Vault { gold: self.gold, state: PhantomData })
        } else {
            Err(self)
        }
    }
}

impl Vault<Unlocked> {
    fn take(&mut self, n: u32) -> u32 {
        let got = n.min(self.gold);
        self.gold -= got;
        got
    }
    fn lock(self) -> Vault<Locked> {
        Vault { gold: self.gold, state: PhantomData }
    }
}

fn main() {
    let v = Vault::new(100);
    let v = match v.unlock(1111) {
        Ok(_) => unreachable!(),
        Err(v) => {
            println!("wrong code");
            v
        }
    };
    let mut open = v.unlock(1234).ok().unwrap();
    println!("took {}", open.take(30));
    let closed = open.lock();
    println!("left {}", closed.gold);
}
